package com.scfengine.platform;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** On the embedded H2 file database (the default), answers are stored before they leave: {@link DurableAnswers}. */
@Configuration
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:')")
class EmbeddedDatabaseDurability {

  @Bean
  FilterRegistrationBean<DurableAnswers> durableAnswers(DataSource dataSource) {
    var registration = new FilterRegistrationBean<>(new DurableAnswers(dataSource));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE); // outermost: the answer waits for the store, whoever made it
    return registration;
  }
}
