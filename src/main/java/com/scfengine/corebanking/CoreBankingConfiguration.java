package com.scfengine.corebanking;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.client.RestClient;

/** Chooses the CoreBanking adapter by {@code scf.core-banking.adapter}: the simulator (default) or the HTTP client. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CoreBankingProperties.class)
class CoreBankingConfiguration {

  @Bean
  @ConditionalOnProperty(prefix = "scf.core-banking", name = "adapter", havingValue = "simulator", matchIfMissing = true)
  CoreBankingSimulator coreBankingSimulator(CoreBankingProperties properties, DataSource dataSource,
      PlatformTransactionManager transactionManager) {
    return new CoreBankingSimulator(dataSource, transactionManager, properties.simulator());
  }

  @Bean
  @ConditionalOnProperty(prefix = "scf.core-banking", name = "adapter", havingValue = "http")
  CoreBankingHttpClient coreBankingHttpClient(CoreBankingProperties properties,
      ObjectProvider<RestClient.Builder> restClientBuilder) {
    return new CoreBankingHttpClient(properties.http(), restClientBuilder.getIfAvailable(RestClient::builder));
  }
}
