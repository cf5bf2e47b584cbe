package com.scfengine.credit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scfengine.common.PortUnavailableException;
import com.scfengine.common.HttpPortSettings;
import com.scfengine.common.PortRequestRejectedException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The credit bureau client against a real HTTP server on loopback. */
class CreditBureauHttpClientTest {

  @RegisterExtension
  static WireMockExtension bureau = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  private static final Duration READ_TIMEOUT = Duration.ofMillis(1_000);
  private static final int LATER_THAN_READ_TIMEOUT = 2_500;

  /** The first call in a JVM loads the HTTP stack on both sides; it must not count against the read timeout. */
  @BeforeAll
  static void warmUp() {
    try {
      new CreditBureauHttpClient(HttpPortSettings.of(bureau.baseUrl())).rate("warm-up");
    } catch (RuntimeException unstubbed) {
      // a 404 from WireMock: the stack is warm
    }
  }

  private static final String RATING = """
      {"enterpriseId": "SME-001", "grade": "A", "probabilityOfDefault": 0.0040, "source": "bureau-x"}""";
  private static final String PATH = "/api/ratings/SME-001";

  private CreditBureauHttpClient client() {
    return new CreditBureauHttpClient(settings(bureau.baseUrl() + "/api"));
  }

  private static HttpPortSettings settings(String baseUrl) {
    return new HttpPortSettings(URI.create(baseUrl), Duration.ofMillis(500), READ_TIMEOUT, 3,
        Duration.ofMillis(10), Duration.ofMillis(50));
  }

  @Test
  void readsTheRating() {
    bureau.stubFor(get(PATH).willReturn(okJson(RATING)));

    var rating = client().rate("SME-001");

    assertThat(rating.grade()).isEqualTo("A");
    assertThat(rating.probabilityOfDefault()).isEqualByComparingTo("0.004");
    assertThat(rating.source()).isEqualTo("bureau-x");
  }

  @Test
  void aServerErrorIsRetriedUntilTheBureauAnswers() {
    firstThen(serviceUnavailable(), okJson(RATING));

    assertThat(client().rate("SME-001").grade()).isEqualTo("A");
    bureau.verify(2, getRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void anAnswerLaterThanTheReadTimeoutIsRetried() {
    firstThen(okJson(RATING).withFixedDelay(LATER_THAN_READ_TIMEOUT), okJson(RATING));

    assertThat(client().rate("SME-001").grade()).isEqualTo("A");
    bureau.verify(2, getRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void whenRetriesRunOutTheBureauIsUnavailable() {
    bureau.stubFor(get(PATH).willReturn(aResponse().withStatus(502)));

    assertThatThrownBy(() -> client().rate("SME-001"))
        .isInstanceOf(PortUnavailableException.class)
        .hasMessageContaining("after 3 attempt(s)");
    bureau.verify(3, getRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void aRefusedRequestIsNotRetriedAndCarriesTheServersMessage() {
    bureau.stubFor(get(PATH).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"title\": \"Not Found\", \"detail\": \"no enterprise SME-001 on file\"}")));

    assertThatThrownBy(() -> client().rate("SME-001"))
        .isInstanceOf(PortRequestRejectedException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no enterprise SME-001 on file")
        .satisfies(e -> assertThat(((PortRequestRejectedException) e).status()).isEqualTo(404));
    bureau.verify(1, getRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void aBureauNobodyListensForIsUnavailable() throws Exception {
    int closedPort;
    try (var socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    var client = new CreditBureauHttpClient(settings("http://127.0.0.1:" + closedPort));

    assertThatThrownBy(() -> client.rate("SME-001")).isInstanceOf(PortUnavailableException.class);
  }

  private static void firstThen(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
    bureau.stubFor(get(PATH).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(first).willSetStateTo("recovered"));
    bureau.stubFor(get(PATH).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(then));
  }
}
