package com.scfengine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.FileSystemResource;

/** Which adapter serves the port, and that config/simulators.yaml binds and validates. */
class DocumentVerifierConfigurationTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(DocumentVerifierConfiguration.class)
      .withPropertyValues("scf.documents.registry.institution=SCFBHKHHXXX");

  @Test
  void theSimulatorIsTheDefault() {
    context.run(ctx -> assertThat(ctx).hasSingleBean(DocumentVerifier.class)
        .hasSingleBean(DocumentVerifierSimulator.class));
  }

  @Test
  void theDemoSettingsKnowTheDemoDocuments() {
    context.withInitializer(ctx -> {
      try {
        new YamlPropertySourceLoader().load("simulators", new FileSystemResource("config/simulators.yaml"))
            .forEach(ctx.getEnvironment().getPropertySources()::addLast);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }).run(ctx -> {
      var platform = ctx.getBean(DocumentVerifier.class);
      var invoice = new InvoiceDocument("SME-002", "BUY-002", "INV-FAKE-7", new BigDecimal("60000.00"), "EUR", null, null);

      assertThat(platform.verifyInvoice(invoice).verified()).isFalse();
      var check = platform.checkExportDeclaration("CED-2026-0002", invoice);
      assertThat(check.outcome()).isEqualTo(CustomsCheck.Outcome.MATCH);
      assertThat(check.declaredValue()).isEqualTo(new BigDecimal("60000.00"));
      assertThat(platform.screen("Sanctioned Trading LLC").outcome()).isEqualTo(ScreeningResult.Outcome.MATCH);
      assertThat(platform.screen("Ocean Star Shipping Co").outcome()).isEqualTo(ScreeningResult.Outcome.POSSIBLE_MATCH);
    });
  }

  @Test
  void httpSelectsTheHttpClient() {
    context.withPropertyValues("scf.documents.adapter=http", "scf.documents.http.base-url=http://127.0.0.1:9")
        .run(ctx -> assertThat(ctx).hasSingleBean(DocumentVerifierHttpClient.class)
            .doesNotHaveBean(DocumentVerifierSimulator.class));
  }

  @Test
  void withoutTheBanksInstitutionItRefusesToStart() {
    new ApplicationContextRunner().withUserConfiguration(DocumentVerifierConfiguration.class)
        .run(ctx -> assertThat(ctx).hasFailed().getFailure()
            .hasStackTraceContaining("scf.documents.registry.institution is required"));
  }

  @Test
  void anUnknownAdapterRefusesToStart() {
    context.withPropertyValues("scf.documents.adapter=mock")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining("scf.documents.adapter"));
  }
}
