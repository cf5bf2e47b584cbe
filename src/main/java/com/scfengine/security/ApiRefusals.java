package com.scfengine.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.scfengine.common.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in refusals of the product's API (and of its description) in the API's own error shape: 401 with the HTTP
 * Basic challenge (saying that the sign-in failed when credentials came, never why), 403 for a role that may not call
 * it, each as {@code application/problem+json}. Other doors (Camunda's REST API, the actuator) keep Spring Security's
 * answers.
 */
final class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REALM = "Realm";

  private final RequestMatcher api;
  private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
  private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

  ApiRefusals(RequestMatcher api) {
    this.api = api;
    basic.setRealmName(REALM);
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof CamundaIdentityAuthenticationProvider.IdentityServiceUnavailableException) {
      response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
      write(response, 503, "Service Unavailable", DatabaseUnavailable.DETAIL);
      return;
    }
    if (!api.matches(request)) {
      basic.commence(request, response, e);
      return;
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
    String signIn = "Sign in with HTTP Basic: a user name and password of the bank's identity service";
    // credentials that were refused: the same words for an unknown user, a wrong password, and a user who is delayed
    // or locked after failed sign-ins, as Camunda's own login answers all of them with the same plain 401
    write(response, 401, "Unauthorized", e instanceof InsufficientAuthenticationException ? signIn
        : "The sign-in failed. " + signIn);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException, jakarta.servlet.ServletException {
    if (!api.matches(request)) {
      denied.handle(request, response, e);
      return;
    }
    write(response, 403, "Forbidden", "The signed-in user has no role that may " + request.getMethod() + " "
        + request.getRequestURI());
  }

  private static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
    var problem = JSON.createObjectNode();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.getOutputStream().write(JSON.writeValueAsBytes(problem));
  }
}
