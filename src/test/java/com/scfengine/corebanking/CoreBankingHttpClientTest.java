package com.scfengine.corebanking;

import com.scfengine.common.PortRequestRejectedException;
import com.scfengine.common.HttpPortSettings;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.scfengine.common.PortUnavailableException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The core banking client against a real HTTP server on loopback; retries must never book twice. */
class CoreBankingHttpClientTest {

  @RegisterExtension
  static WireMockExtension coreBanking = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  private static final Duration READ_TIMEOUT = Duration.ofMillis(1_000);
  private static final int LATER_THAN_READ_TIMEOUT = 2_500;

  /** The first call in a JVM loads the HTTP stack on both sides; it must not count against the read timeout. */
  @BeforeAll
  static void warmUp() {
    try {
      new CoreBankingHttpClient(HttpPortSettings.of(coreBanking.baseUrl())).book(DISBURSEMENT);
    } catch (RuntimeException unstubbed) {
      // a 404 from WireMock: the stack is warm
    }
  }

  private static final String KEY = "APP-42:disburse";
  private static final String BOOKING = """
      {"bookingId": "BK-1", "idempotencyKey": "APP-42:disburse", "kind": "DISBURSEMENT",
       "bookedAt": "2026-03-02T09:30:00Z"}""";
  private static final BookingRequest DISBURSEMENT = new BookingRequest(KEY, "DISBURSEMENT", "APP-42", "USD",
      LocalDate.of(2026, 3, 2), List.of(Posting.debit("LOANS-USD", new BigDecimal("1000.00")),
          Posting.credit("SME-001-CURRENT", new BigDecimal("1000.00"))));

  private final CoreBankingHttpClient client = new CoreBankingHttpClient(new HttpPortSettings(
      URI.create(coreBanking.baseUrl()), Duration.ofMillis(500), READ_TIMEOUT, 3, Duration.ofMillis(10),
      Duration.ofMillis(50)));

  @Test
  void booksWithTheIdempotencyKeyInTheHeaderAndThePostingsAsJson() {
    coreBanking.stubFor(post("/bookings")
        .withHeader("Idempotency-Key", equalTo(KEY))
        .withRequestBody(equalToJson("""
            {"idempotencyKey": "APP-42:disburse", "kind": "DISBURSEMENT", "reference": "APP-42", "currency": "USD",
             "valueDate": "2026-03-02",
             "postings": [{"account": "LOANS-USD", "side": "DEBIT", "amount": 1000.00},
                          {"account": "SME-001-CURRENT", "side": "CREDIT", "amount": 1000.00}]}"""))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(BOOKING)));

    var booking = client.book(DISBURSEMENT);

    assertThat(booking).isEqualTo(new Booking("BK-1", KEY, "DISBURSEMENT", Instant.parse("2026-03-02T09:30:00Z")));
  }

  @Test
  void readsABalance() {
    coreBanking.stubFor(get("/accounts/LOANS-USD/balance?currency=USD")
        .willReturn(okJson("{\"account\": \"LOANS-USD\", \"currency\": \"USD\", \"balance\": 1000.0000}")));

    assertThat(client.balance("LOANS-USD", "USD")).isEqualByComparingTo("1000.00");
  }

  @Test
  void aLostResponseIsRetriedWithTheSameKeyAndYieldsTheOneBooking() {
    // the server books the first request but answers after the client gave up; the retry finds the booking
    firstThen(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(BOOKING)
        .withFixedDelay(LATER_THAN_READ_TIMEOUT), okJson(BOOKING));

    var booking = client.book(DISBURSEMENT);

    assertThat(booking.bookingId()).isEqualTo("BK-1");
    assertThat(bookingRequests()).hasSize(2)
        .allSatisfy(request -> assertThat(request.getHeader("Idempotency-Key")).isEqualTo(KEY));
  }

  @Test
  void aServerErrorIsRetriedWithTheSameKey() {
    firstThen(serverError(), okJson(BOOKING));

    assertThat(client.book(DISBURSEMENT).bookingId()).isEqualTo("BK-1");
    assertThat(bookingRequests()).hasSize(2)
        .allSatisfy(request -> assertThat(request.getHeader("Idempotency-Key")).isEqualTo(KEY));
  }

  @Test
  void whenRetriesRunOutCoreBankingIsUnavailable() {
    coreBanking.stubFor(post("/bookings").willReturn(aResponse().withStatus(504)));

    assertThatThrownBy(() -> client.book(DISBURSEMENT)).isInstanceOf(PortUnavailableException.class);
    assertThat(bookingRequests()).hasSize(3)
        .allSatisfy(request -> assertThat(request.getHeader("Idempotency-Key")).isEqualTo(KEY));
  }

  @Test
  void anUnbalancedBookingRefusedByTheServerIsNotRetried() {
    coreBanking.stubFor(post("/bookings").willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"detail\": \"debits 1000.00 and credits 999.00 differ\"}")));

    assertThatThrownBy(() -> client.book(DISBURSEMENT))
        .isInstanceOf(UnbalancedBookingException.class)
        .hasMessage("debits 1000.00 and credits 999.00 differ");
    coreBanking.verify(1, postRequestedFor(urlEqualTo("/bookings")));
  }

  @Test
  void anyOtherRefusalIsNotRetriedAndCarriesTheServersMessage() {
    coreBanking.stubFor(post("/bookings").willReturn(aResponse().withStatus(409)
        .withBody("key APP-42:disburse was used for another booking")));

    assertThatThrownBy(() -> client.book(DISBURSEMENT))
        .isInstanceOf(PortRequestRejectedException.class)
        .hasMessageContaining("key APP-42:disburse was used for another booking");
    coreBanking.verify(1, postRequestedFor(urlEqualTo("/bookings")));
  }

  @Test
  void anUnbalancedBookingIsRefusedBeforeAnythingIsSent() {
    var unbalanced = new BookingRequest(KEY, "DISBURSEMENT", "APP-42", "USD", null, List.of(
        Posting.debit("LOANS-USD", new BigDecimal("1000.00")), Posting.credit("SME-001-CURRENT", BigDecimal.ONE)));

    assertThatThrownBy(() -> client.book(unbalanced)).isInstanceOf(UnbalancedBookingException.class);
    coreBanking.verify(0, anyRequestedFor(anyUrl()));
  }

  private static List<LoggedRequest> bookingRequests() {
    return coreBanking.findAll(postRequestedFor(urlEqualTo("/bookings")));
  }

  private static void firstThen(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
    coreBanking.stubFor(post("/bookings").inScenario("booking").whenScenarioStateIs(STARTED)
        .willReturn(first).willSetStateTo("booked"));
    coreBanking.stubFor(post("/bookings").inScenario("booking").whenScenarioStateIs("booked").willReturn(then));
  }
}
