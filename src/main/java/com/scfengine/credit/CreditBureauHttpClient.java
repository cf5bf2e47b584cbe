package com.scfengine.credit;

import com.scfengine.common.HttpPort;
import com.scfengine.common.HttpPortSettings;
import com.scfengine.common.PortRequestRejectedException;
import org.springframework.web.client.RestClient;

/**
 * CreditBureau over HTTP, with timeouts and retries ({@link HttpPort}).
 *
 * <p>JSON contract:
 * <pre>
 * GET /ratings/{enterpriseId}
 *   200  {"enterpriseId": "SME-001", "grade": "A", "probabilityOfDefault": 0.004, "source": "bureau-x"}
 *   404  unknown enterprise → {@link PortRequestRejectedException} (an IllegalArgumentException)
 * </pre>
 * Grades are on the bank's scale (AAA … D). Other 4xx → PortRequestRejectedException carrying the
 * server's message ({@code {"detail": "…"}} or plain text); 5xx, timeouts and I/O errors are retried,
 * then PortUnavailableException. A rating without a source is marked {@code credit-bureau}.
 */
class CreditBureauHttpClient implements CreditBureau {

  private final HttpPort http;

  public CreditBureauHttpClient(HttpPortSettings settings) {
    this(settings, RestClient.builder());
  }

  public CreditBureauHttpClient(HttpPortSettings settings, RestClient.Builder builder) {
    this.http = new HttpPort("credit bureau", settings, builder);
  }

  @Override
  public CreditRating rate(String enterpriseId) {
    String operation = "rating of " + enterpriseId;
    CreditRating rating = http.required(operation, http.call(operation, rest -> rest.get()
        .uri("/ratings/{enterpriseId}", enterpriseId)
        .retrieve()
        .body(CreditRating.class)));
    return rating.source() == null
        ? new CreditRating(rating.enterpriseId(), rating.grade(), rating.probabilityOfDefault(), "credit-bureau")
        : rating;
  }
}
