package com.scfengine.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the authenticated user to the engine for the length of the request, so that the engine
 * knows who completes a task (four eyes, history) and who starts an instance.
 */
class CamundaAuthenticationBridge extends OncePerRequestFilter {

  private final IdentityService identityService;

  CamundaAuthenticationBridge(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth.getAuthorities() == null) {
      chain.doFilter(request, response);
      return;
    }
    identityService.setAuthentication(auth.getName(),
        auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
