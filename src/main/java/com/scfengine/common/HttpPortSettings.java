package com.scfengine.common;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an HTTP adapter of a port talks to its server ({@code scf.<port>.http.*}): base URL, connect and
 * read timeouts, and retries of transient failures (I/O errors, timeouts, 5xx) with exponential backoff
 * (initial backoff, doubled on each retry up to max backoff). {@code max-attempts} counts the first call.
 *
 * <p>Generic to all three ports; it lives here only because {@code common} belongs to someone else.
 */
public record HttpPortSettings(
    @NotNull URI baseUrl,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("5s") Duration readTimeout,
    @DefaultValue("3") @Min(1) @Max(10) int maxAttempts,
    @DefaultValue("200ms") Duration initialBackoff,
    @DefaultValue("2s") Duration maxBackoff) {

  public HttpPortSettings {
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
    initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
    maxBackoff = maxBackoff == null ? Duration.ofSeconds(2) : maxBackoff;
  }

  /** The defaults for a server at {@code baseUrl}. */
  public static HttpPortSettings of(String baseUrl) {
    return new HttpPortSettings(URI.create(baseUrl), null, null, 3, null, null);
  }

  @AssertTrue(message = "timeouts must be positive, and backoff at least 1ms and no more than max-backoff")
  public boolean isTimingValid() {
    return connectTimeout.toMillis() > 0 && readTimeout.toMillis() > 0 && initialBackoff.toMillis() >= 1
        && maxBackoff.compareTo(initialBackoff) >= 0;
  }
}
