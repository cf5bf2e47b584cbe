package com.scfengine.credit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Chooses the CreditBureau adapter by {@code scf.credit.adapter}: the simulator (default) or the HTTP client. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CreditProperties.class)
class CreditBureauConfiguration {

  @Bean
  @ConditionalOnProperty(prefix = "scf.credit", name = "adapter", havingValue = "simulator", matchIfMissing = true)
  CreditBureauSimulator creditBureauSimulator(CreditProperties properties) {
    return new CreditBureauSimulator(properties.simulator());
  }

  @Bean
  @ConditionalOnProperty(prefix = "scf.credit", name = "adapter", havingValue = "http")
  CreditBureauHttpClient creditBureauHttpClient(CreditProperties properties,
      ObjectProvider<RestClient.Builder> restClientBuilder) {
    return new CreditBureauHttpClient(properties.http(), restClientBuilder.getIfAvailable(RestClient::builder));
  }
}
