package com.scfengine.corebanking;

import com.scfengine.common.PortRequestRejectedException;
import com.scfengine.common.HttpPortSettings;
import com.scfengine.common.HttpPort;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * CoreBanking over HTTP, with timeouts and retries ({@link HttpPort}).
 *
 * <p>JSON contract:
 * <pre>
 * POST /bookings
 *   header  Idempotency-Key: &lt;the request's idempotencyKey&gt;   (the same on every retry)
 *   body    {"idempotencyKey": "APP-42:disburse", "kind": "DISBURSEMENT", "reference": "APP-42",
 *            "currency": "USD", "valueDate": "2026-03-01",
 *            "postings": [{"account": "LOANS-USD", "side": "DEBIT", "amount": 1000.00},
 *                         {"account": "SME-001-CURRENT", "side": "CREDIT", "amount": 1000.00}]}
 *   201 (new) or 200 (the key was booked before: the FIRST booking, nothing posted again)
 *           {"bookingId": "…", "idempotencyKey": "APP-42:disburse", "kind": "DISBURSEMENT",
 *            "bookedAt": "2026-03-01T09:30:00Z"}
 *   422     the postings do not balance → UnbalancedBookingException with the server's message
 *
 * GET /accounts/{account}/balance?currency=USD
 *   200     {"account": "LOANS-USD", "currency": "USD", "balance": 1000.00}   (debits − credits)
 *
 * GET /bookings?reference=APP-42&amp;reference=APP-43   (at most 50 references a request)
 *   200     [{"bookingId": "…", "idempotencyKey": "APP-42:DISBURSEMENT", "kind": "DISBURSEMENT",
 *             "reference": "APP-42", "currency": "USD", "bookedAt": "2026-03-01T09:30:00Z",
 *             "postings": [{"account": "LOANS-USD", "side": "DEBIT", "amount": 1000.00}, …]}, …]
 *           every booking made under those references, oldest first; [] when there are none
 * </pre>
 * Other 4xx → {@link PortRequestRejectedException}; 5xx, timeouts and I/O errors are retried, then
 * PortUnavailableException. Errors may carry {@code {"detail": "…"}} (problem+json) or plain text.
 */
class CoreBankingHttpClient implements CoreBanking {

  /** The header that makes a retried booking safe. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final HttpPort http;

  public CoreBankingHttpClient(HttpPortSettings settings) {
    this(settings, RestClient.builder());
  }

  public CoreBankingHttpClient(HttpPortSettings settings, RestClient.Builder builder) {
    this.http = new HttpPort("core banking", settings, builder);
  }

  @Override
  public Booking book(BookingRequest request) {
    LedgerRules.requireBookable(request);
    String operation = "booking " + request.idempotencyKey();
    try {
      return http.required(operation, http.call(operation, rest -> rest.post()
          .uri("/bookings")
          .header(IDEMPOTENCY_KEY, request.idempotencyKey())
          .contentType(MediaType.APPLICATION_JSON)
          .body(request)
          .retrieve()
          .body(Booking.class)));
    } catch (PortRequestRejectedException e) {
      if (e.status() == 422) {
        throw new UnbalancedBookingException(e.serverMessage());
      }
      throw e;
    }
  }

  @Override
  public BigDecimal balance(String account, String currency) {
    String operation = "balance of " + account + " in " + currency;
    BalanceAnswer answer = http.required(operation, http.call(operation, rest -> rest.get()
        .uri("/accounts/{account}/balance?currency={currency}", account, currency)
        .retrieve()
        .body(BalanceAnswer.class)));
    return http.required(operation, answer.balance());
  }

  /** References per {@code GET /bookings}: a URL of bounded length. */
  static final int REFERENCES_PER_REQUEST = 50;

  @Override
  public List<LedgerBooking> bookingsOf(Collection<String> references) {
    List<String> distinct = references.stream().filter(java.util.Objects::nonNull).distinct().toList();
    List<LedgerBooking> found = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += REFERENCES_PER_REQUEST) {
      List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + REFERENCES_PER_REQUEST));
      String operation = "bookings of " + chunk.size() + " reference(s)";
      LedgerBooking[] answer = http.required(operation, http.call(operation, rest -> rest.get()
          .uri(uri -> uri.path("/bookings").queryParam("reference", chunk.toArray()).build())
          .retrieve()
          .body(LedgerBooking[].class)));
      found.addAll(List.of(answer));
    }
    return found;
  }

  /** The body of GET /accounts/{account}/balance. */
  record BalanceAnswer(String account, String currency, BigDecimal balance) {}
}
