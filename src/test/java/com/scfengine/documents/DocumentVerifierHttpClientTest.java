package com.scfengine.documents;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.badRequest;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scfengine.common.PortUnavailableException;
import com.scfengine.common.HttpPortSettings;
import com.scfengine.common.PortRequestRejectedException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The document platform client against a real HTTP server on loopback. */
class DocumentVerifierHttpClientTest {

  @RegisterExtension
  static WireMockExtension platform = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  private static final Duration READ_TIMEOUT = Duration.ofMillis(1_000);
  private static final int LATER_THAN_READ_TIMEOUT = 2_500;

  /** The first call in a JVM loads the HTTP stack on both sides; it must not count against the read timeout. */
  @BeforeAll
  static void warmUp() {
    try {
      new DocumentVerifierHttpClient(HttpPortSettings.of(platform.baseUrl())).verifyInvoice(INVOICE);
    } catch (RuntimeException unstubbed) {
      // a 404 from WireMock: the stack is warm
    }
  }

  private static final InvoiceDocument INVOICE = new InvoiceDocument("SME-001", "BUY-001", "INV-2026-0001",
      new BigDecimal("150000.00"), "USD", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 30));
  private static final String VERIFY = "/invoices/verify";

  private final DocumentVerifierHttpClient client = new DocumentVerifierHttpClient(new HttpPortSettings(
      URI.create(platform.baseUrl()), Duration.ofMillis(500), READ_TIMEOUT, 3, Duration.ofMillis(10),
      Duration.ofMillis(50)));

  @Test
  void verifiesAnInvoiceSendingItAsJson() {
    platform.stubFor(post(VERIFY)
        .withRequestBody(equalToJson("""
            {"sellerId": "SME-001", "buyerId": "BUY-001", "invoiceNumber": "INV-2026-0001", "amount": 150000.00,
             "currency": "USD", "issueDate": "2026-03-01", "dueDate": "2026-05-30"}"""))
        .willReturn(okJson("{\"verified\": false, \"reason\": \"not issued by the seller\"}")));

    assertThat(client.verifyInvoice(INVOICE)).isEqualTo(VerificationResult.failed("not issued by the seller"));
  }

  @Test
  void checksACustomsDeclaration() {
    platform.stubFor(post("/customs-declarations/CED-2026-0001/check").willReturn(okJson("""
        {"outcome": "MATCH", "declarationNumber": "CED-2026-0001", "declaredValue": 150000.00, "currency": "USD"}""")));

    var check = client.checkExportDeclaration("CED-2026-0001", INVOICE);

    assertThat(check.outcome()).isEqualTo(CustomsCheck.Outcome.MATCH);
    assertThat(check.declaredValue()).isEqualByComparingTo("150000.00");
  }

  @Test
  void screensAName() {
    platform.stubFor(post("/screenings").withRequestBody(matchingJsonPath("$.name", equalTo("Ocean Star Shipping Ltd")))
        .willReturn(okJson("""
            {"name": "Ocean Star Shipping Ltd", "outcome": "POSSIBLE_MATCH", "matchedEntry": "Ocean Star Shipping"}""")));

    assertThat(client.screen("Ocean Star Shipping Ltd"))
        .isEqualTo(new ScreeningResult("Ocean Star Shipping Ltd", ScreeningResult.Outcome.POSSIBLE_MATCH,
            "Ocean Star Shipping"));
  }

  @Test
  void registersAFingerprintAndReadsWhichInstitutionHoldsAMatch() {
    platform.stubFor(put("/registry/ab12")
        .withRequestBody(equalToJson("""
            {"institution": "SCFBHKHHXXX", "reference": "APP-2", "numberFingerprint": "cd34"}"""))
        .willReturn(okJson("""
            {"accepted": false, "matches": [
              {"institution": "OTHRGB2LXXX", "reference": "R-7", "sameNumber": true},
              {"institution": "SCFBHKHHXXX", "reference": "APP-1", "sameNumber": false}]}""")));

    RegistryResult answer = client.registerFingerprint(new RegistryEntry("ab12", "cd34", "SCFBHKHHXXX", "APP-2"));

    assertThat(answer).isEqualTo(new RegistryResult(false, List.of(
        new RegistryResult.Match("OTHRGB2LXXX", "R-7", true), new RegistryResult.Match("SCFBHKHHXXX", "APP-1", false))));
    assertThat(answer.financedElsewhere("SCFBHKHHXXX")).hasValueSatisfying(m ->
        assertThat(m.institution()).isEqualTo("OTHRGB2LXXX"));
  }

  @Test
  void anAnswerWithoutMatchesIsAnEmptyList() {
    platform.stubFor(put("/registry/ef56").willReturn(okJson("{\"accepted\": true}")));

    assertThat(client.registerFingerprint(new RegistryEntry("ef56", "cd34", "SCFBHKHHXXX", "APP-3")))
        .isEqualTo(new RegistryResult(true, List.of()));
  }

  @Test
  void releasesItsOwnRegistration() {
    platform.stubFor(delete(urlPathEqualTo("/registry/ab12")).willReturn(noContent()));

    client.releaseFingerprint("ab12", "SCFBHKHHXXX", "APP-1");

    platform.verify(1, deleteRequestedFor(urlEqualTo("/registry/ab12?institution=SCFBHKHHXXX&reference=APP-1")));
  }

  @Test
  void releasingAFingerprintTheRegistryDoesNotKnowIsFine() {
    platform.stubFor(delete(urlPathEqualTo("/registry/ab12")).willReturn(notFound()));

    client.releaseFingerprint("ab12", "SCFBHKHHXXX", "APP-1");

    platform.verify(1, deleteRequestedFor(urlPathEqualTo("/registry/ab12")));
  }

  @Test
  void aServerErrorIsRetriedUntilThePlatformAnswers() {
    firstThen(serverError(), okJson("{\"verified\": true}"));

    assertThat(client.verifyInvoice(INVOICE).verified()).isTrue();
    platform.verify(2, postRequestedFor(urlEqualTo(VERIFY)));
  }

  @Test
  void anAnswerLaterThanTheReadTimeoutIsRetried() {
    firstThen(okJson("{\"verified\": true}").withFixedDelay(LATER_THAN_READ_TIMEOUT), okJson("{\"verified\": true}"));

    assertThat(client.verifyInvoice(INVOICE).verified()).isTrue();
    platform.verify(2, postRequestedFor(urlEqualTo(VERIFY)));
  }

  @Test
  void whenRetriesRunOutThePlatformIsUnavailable() {
    platform.stubFor(post(VERIFY).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> client.verifyInvoice(INVOICE)).isInstanceOf(PortUnavailableException.class);
    platform.verify(3, postRequestedFor(urlEqualTo(VERIFY)));
  }

  @Test
  void aRefusedRequestIsNotRetriedAndCarriesTheServersMessage() {
    platform.stubFor(post(VERIFY).willReturn(badRequest().withBody("invoice number is missing")));

    assertThatThrownBy(() -> client.verifyInvoice(INVOICE))
        .isInstanceOf(PortRequestRejectedException.class)
        .hasMessageContaining("invoice number is missing");
    platform.verify(1, postRequestedFor(urlEqualTo(VERIFY)));
  }

  private static void firstThen(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
    platform.stubFor(post(VERIFY).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(first).willSetStateTo("recovered"));
    platform.stubFor(post(VERIFY).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(then));
  }
}
