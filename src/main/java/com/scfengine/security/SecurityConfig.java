package com.scfengine.security;

import static com.scfengine.security.Roles.ADMIN;
import static com.scfengine.security.Roles.MONITORING;
import static com.scfengine.security.Roles.PRODUCT_DESIGNERS;

import java.time.Clock;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security is on by default. {@code /api/**} and {@code /engine-rest/**} need HTTP Basic credentials
 * checked against Camunda's identity service; they are stateless, so CSRF does not apply to them.
 * The Camunda webapps under {@code /camunda} keep their own login and their own CSRF filter.
 * {@code /actuator/health} answers UP/DOWN anonymously for load balancers; details need a login. The API's
 * description ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui.html}) need the same sign-in as the API and
 * are for the bank's users, not for core enterprises' and suppliers' users. {@code /actuator/prometheus} answers
 * members of {@code monitoring} and {@code camunda-admin} only.
 */
@Configuration
class SecurityConfig {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService) throws Exception {
    // the product's API, its description and Swagger UI: refusals as problem+json
    RequestMatcher api = new OrRequestMatcher(path("/api/**"), path("/v3/api-docs/**"), path("/v3/api-docs.yaml"),
        path("/swagger-ui.html"), path("/swagger-ui/**"));
    ApiRefusals refusals = new ApiRefusals(api);
    // path patterns, not MVC matchers: /engine-rest is Jersey's servlet, not Spring MVC's
    http.securityMatcher(new OrRequestMatcher(api, path("/engine-rest/**"), path("/actuator/**")))
        .authorizeHttpRequests(auth -> {
          auth.requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll();
          // the metrics: the platform team's monitoring users (and the Prometheus server signed in as one), admins
          auth.requestMatchers(path("/actuator/prometheus"), path("/actuator/metrics"), path("/actuator/metrics/**"))
              .hasAnyAuthority(MONITORING, ADMIN);
          // who may call what under /api: one table, which the API description shows too
          for (ApiAccess.Rule rule : ApiAccess.RULES) {
            RequestMatcher[] matchers = rule.paths().stream().map(p -> path(rule.method(), p))
                .toArray(RequestMatcher[]::new);
            if (rule.audience() == ApiAccess.Audience.ANY_SIGNED_IN) {
              auth.requestMatchers(matchers).authenticated();
            } else {
              auth.requestMatchers(matchers).hasAnyAuthority(rule.roles().toArray(String[]::new));
            }
          }
          auth.requestMatchers(path("/engine-rest/deployment/create"), path("/engine-rest/deployment/*/redeploy"),
                  path(HttpMethod.DELETE, "/engine-rest/deployment/**")).hasAnyAuthority(PRODUCT_DESIGNERS, ADMIN)
              .requestMatchers(path("/engine-rest/user/**"), path("/engine-rest/group/**"),
                  path("/engine-rest/authorization/**"), path("/engine-rest/tenant/**"),
                  // tells whether a password is right: a tool for guessing other users' passwords
                  path("/engine-rest/identity/verify")).hasAuthority(ADMIN)
              // users outside the bank (core enterprises, suppliers) reach their programmes and payables, nothing
              // else; the API description is for the bank's users too; monitoring users reach the metrics only
              .anyRequest().access(SecurityConfig::bankUser);
        })
        .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
        .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterAfter(new CamundaAuthenticationBridge(identityService), BasicAuthenticationFilter.class);
    return http.build();
  }

  private static final AuthenticatedAuthorizationManager<RequestAuthorizationContext> SIGNED_IN =
      AuthenticatedAuthorizationManager.authenticated();

  /**
   * Signed in, and neither only for an enterprise outside the bank ({@link Roles#isOutsider}) nor only to monitor
   * ({@link Roles#isMonitoringOnly}).
   */
  private static AuthorizationDecision bankUser(Supplier<Authentication> user, RequestAuthorizationContext request) {
    return new AuthorizationDecision(SIGNED_IN.authorize(user, request).isGranted() && !Roles.isOutsider(user.get())
        && !Roles.isMonitoringOnly(user.get()));
  }

  /**
   * Variables change only through forms ({@link FormBoundVariables}), at both doors into the engine's REST API: after
   * Spring Security for {@code /engine-rest}; for the webapps' API it acts on signed-in sessions only and leaves the
   * rest to the webapps' own filters.
   */
  @Bean
  FilterRegistrationBean<FormBoundVariables> formBoundVariables(IdentityService identityService, TaskService taskService,
      FormService formService, RepositoryService repositoryService) {
    var registration = new FilterRegistrationBean<>(
        new FormBoundVariables(identityService, taskService, formService, repositoryService));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);

    return registration;
  }

  /** Error answers of the engine's REST API without SQL, class names or stack traces ({@link EngineErrorBodies}). */
  @Bean
  FilterRegistrationBean<EngineErrorBodies> engineErrorBodies() {
    var registration = new FilterRegistrationBean<>(new EngineErrorBodies());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** Before everything that checks a password, on every door (see {@link SignInThrottle}). */
  @Bean
  FilterRegistrationBean<SignInThrottle> signInThrottle(
      @Value("${scf.security.sign-in.free-failures:5}") int freeFailures, Clock clock) {
    var registration = new FilterRegistrationBean<>(new SignInThrottle(freeFailures, clock));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static RequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }

  /**
   * Everything else is the Camunda webapps (their own login and CSRF) and their static pages — except Camunda Admin's
   * "create the initial administrator" door, which would let the first visitor of an installation without an
   * administrator make himself one. The first administrator comes from the operator's configuration
   * ({@code camunda.bpm.admin-user}, or the demo users of the embedded default), so the door stays shut for
   * everyone, signed in or not.
   */
  @Bean
  @Order(2)
  SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(auth -> auth
            .requestMatchers(path("/camunda/api/admin/setup/**")).denyAll()
            .anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()));
    return http.build();
  }
}
