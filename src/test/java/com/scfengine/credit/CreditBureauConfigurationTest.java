package com.scfengine.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.FileSystemResource;

/** Which adapter serves the port, and that config/simulators.yaml binds and validates. */
class CreditBureauConfigurationTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(CreditBureauConfiguration.class);

  @Test
  void theSimulatorIsTheDefault() {
    context.run(ctx -> {
      assertThat(ctx).hasSingleBean(CreditBureau.class).hasSingleBean(CreditBureauSimulator.class);
      assertThat(ctx.getBean(CreditBureau.class).rate("SME-001").source())
          .isEqualTo(CreditBureauSimulator.SOURCE_DERIVED);
    });
  }

  @Test
  void theDemoSettingsRateTheDemoEnterprises() {
    context.withInitializer(ctx -> {
      try {
        new YamlPropertySourceLoader().load("simulators", new FileSystemResource("config/simulators.yaml"))
            .forEach(ctx.getEnvironment().getPropertySources()::addLast);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }).run(ctx -> {
      var bureau = ctx.getBean(CreditBureau.class);
      assertThat(bureau).isInstanceOf(CreditBureauSimulator.class);
      assertThat(bureau.rate("SME-001").grade()).isEqualTo("A");
      assertThat(bureau.rate("SME-004").grade()).isEqualTo("CCC");
      assertThat(bureau.rate("CORE-001").grade()).isEqualTo("AAA");
      assertThat(bureau.rate("BANK-001").probabilityOfDefault()).isEqualByComparingTo("0.003");
    });
  }

  @Test
  void httpSelectsTheHttpClient() {
    context.withPropertyValues("scf.credit.adapter=http", "scf.credit.http.base-url=http://127.0.0.1:9/api")
        .run(ctx -> assertThat(ctx).hasSingleBean(CreditBureau.class)
            .hasSingleBean(CreditBureauHttpClient.class)
            .doesNotHaveBean(CreditBureauSimulator.class));
  }

  @Test
  void httpWithoutABaseUrlRefusesToStart() {
    context.withPropertyValues("scf.credit.adapter=http")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure()
            .hasStackTraceContaining("scf.credit.http.base-url is required"));
  }

  @Test
  void aGradeOffTheScaleRefusesToStart() {
    context.withPropertyValues("scf.credit.simulator.ratings.SME-009.grade=Z", "scf.credit.simulator.ratings.SME-009.pd=0.1")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure()
            .hasStackTraceContaining("scf.credit.simulator.ratings[SME-009].grade"));
  }
}
