package com.scfengine.corebanking;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/** Which adapter serves the port. */
class CoreBankingConfigurationTest {

  private static final DataSource UNUSED = new DriverManagerDataSource("jdbc:h2:mem:unused", "sa", "");

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withBean(DataSource.class, () -> UNUSED)
      .withBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(UNUSED))
      .withUserConfiguration(CoreBankingConfiguration.class);

  @Test
  void theSimulatorIsTheDefaultWithTheConfiguredFaults() {
    context.withPropertyValues("scf.core-banking.simulator.latency=5ms",
            "scf.core-banking.simulator.time-out-after-booking-next-calls=1")
        .run(ctx -> assertThat(ctx).hasSingleBean(CoreBanking.class).hasSingleBean(CoreBankingSimulator.class));
  }

  @Test
  void httpSelectsTheHttpClientWithItsSettings() {
    context.withPropertyValues("scf.core-banking.adapter=http",
            "scf.core-banking.http.base-url=http://127.0.0.1:9/core", "scf.core-banking.http.read-timeout=10s",
            "scf.core-banking.http.max-attempts=4")
        .run(ctx -> {
          assertThat(ctx).hasSingleBean(CoreBankingHttpClient.class).doesNotHaveBean(CoreBankingSimulator.class);
          var http = ctx.getBean(CoreBankingProperties.class).http();
          assertThat(http.readTimeout()).hasSeconds(10);
          assertThat(http.maxAttempts()).isEqualTo(4);
          assertThat(http.connectTimeout()).hasSeconds(2);
        });
  }

  @Test
  void impossibleHttpSettingsRefuseToStart() {
    context.withPropertyValues("scf.core-banking.adapter=http", "scf.core-banking.http.base-url=http://127.0.0.1:9",
            "scf.core-banking.http.max-attempts=0")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining("http.maxAttempts"));
    context.withPropertyValues("scf.core-banking.adapter=http", "scf.core-banking.http.base-url=http://127.0.0.1:9",
            "scf.core-banking.http.read-timeout=0s")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining("timeouts must be positive"));
  }
}
