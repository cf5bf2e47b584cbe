package com.scfengine.documents;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Chooses the DocumentVerifier adapter by {@code scf.documents.adapter}: the simulator (default) or the HTTP client. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentsProperties.class)
class DocumentVerifierConfiguration {

  @Bean
  @ConditionalOnProperty(prefix = "scf.documents", name = "adapter", havingValue = "simulator", matchIfMissing = true)
  DocumentVerifierSimulator documentVerifierSimulator(DocumentsProperties properties) {
    return new DocumentVerifierSimulator(properties.simulator());
  }

  @Bean
  @ConditionalOnProperty(prefix = "scf.documents", name = "adapter", havingValue = "http")
  DocumentVerifierHttpClient documentVerifierHttpClient(DocumentsProperties properties,
      ObjectProvider<RestClient.Builder> restClientBuilder) {
    return new DocumentVerifierHttpClient(properties.http(), restClientBuilder.getIfAvailable(RestClient::builder));
  }
}
