package com.scfengine.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** {@link BodyLimits} on {@code /api}, before security and everything else that could read a body. */
@Configuration
@EnableConfigurationProperties(BodyLimitProperties.class)
class BodyLimitsConfig {

  @Bean
  FilterRegistrationBean<BodyLimits> bodyLimits(BodyLimitProperties limits,
      org.springframework.beans.factory.ObjectProvider<MultipartProperties> multipart, ObjectMapper json) {
    MultipartProperties parts = multipart.getIfAvailable(MultipartProperties::new);
    DataSize maxMultipart = parts.getMaxRequestSize() == null ? DataSize.ofMegabytes(10) : parts.getMaxRequestSize();
    var registration = new FilterRegistrationBean<>(new BodyLimits(limits, maxMultipart, json));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }
}
