package com.scfengine.audit;

import java.time.Clock;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration
class AuditConfiguration {

  /** Inside Spring Security's chain, so the signed-in user is known; for the product's API only. */
  @Bean
  FilterRegistrationBean<ApiAudit> apiAudit(JdbcTemplate jdbc, Clock clock) {
    var registration = new FilterRegistrationBean<>(new ApiAudit(jdbc, clock));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
    return registration;
  }
}
