package com.scfengine.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The observability module's settings and the timing of the ports. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ObservabilityProperties.class)
class ObservabilityConfiguration {

  /** Static: a post-processor is made before the other beans, and must not make this configuration early. */
  @Bean
  static AdapterPortTimers adapterPortTimers(ObjectProvider<MeterRegistry> registry) {
    return new AdapterPortTimers(registry);
  }
}
