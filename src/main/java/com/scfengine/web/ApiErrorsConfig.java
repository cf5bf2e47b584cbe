package com.scfengine.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every refusal of {@code /api} is problem+json, whoever makes it: the container ({@link ApiErrorReportValve}), the
 * filters and the firewall before the API ({@link ApiErrorPages}, ahead of security), and the API itself
 * ({@link ProblemHandler}); and a query the resource does not take is refused ({@link QueryParameters}).
 */
@Configuration
class ApiErrorsConfig implements WebMvcConfigurer {

  @Bean
  FilterRegistrationBean<ApiErrorPages> apiErrorPages(ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new ApiErrorPages(json));
    registration.addUrlPatterns("/api/*");
    // before the body limits and Spring Security: their refusals are sent as errors too
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
    return registration;
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReports() {
    return factory -> factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
      }
    });
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new QueryParameters()).addPathPatterns("/api/**");
  }
}
