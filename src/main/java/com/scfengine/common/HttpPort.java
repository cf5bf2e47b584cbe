package com.scfengine.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.http.HttpClient;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The HTTP plumbing every port adapter shares: a {@link RestClient} on the JDK HttpClient with the
 * configured timeouts, and {@link #call} which retries I/O errors, timeouts and 5xx with exponential
 * backoff. Outcomes: retries exhausted or an unreadable answer → {@link PortUnavailableException};
 * a 4xx → {@link PortRequestRejectedException} at once, never retried.
 *
 * <p>Generic to all three ports; it lives here only because {@code common} belongs to someone else.
 */
public final class HttpPort {

  private static final Logger log = LoggerFactory.getLogger(HttpPort.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String port;
  private final HttpPortSettings settings;
  private final RestClient rest;
  private final RetryTemplate retry;

  /** {@code port} names the outside system in messages ("credit bureau"). */
  public HttpPort(String port, HttpPortSettings settings, RestClient.Builder builder) {
    this.port = port;
    this.settings = settings;
    var httpClient = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.connectTimeout())
        .build();
    var requestFactory = new JdkClientHttpRequestFactory(httpClient);
    requestFactory.setReadTimeout(settings.readTimeout());
    this.rest = builder.baseUrl(settings.baseUrl().toString())
        .requestFactory(requestFactory)
        .messageConverters(HttpPort::useContractJson)
        .build();
    this.retry = RetryTemplate.builder()
        .maxAttempts(settings.maxAttempts())
        .exponentialBackoff(settings.initialBackoff(), 2.0, settings.maxBackoff())
        .retryOn(List.of(ResourceAccessException.class, HttpServerErrorException.class))
        .build();
  }

  /**
   * Runs one request, retried while it fails transiently. The request is built inside {@code call}, so
   * every attempt sends exactly what the first did (the same idempotency key included).
   */
  public <T> T call(String operation, Function<RestClient, T> call) {
    try {
      return retry.execute(context -> {
        if (context.getRetryCount() > 0) {
          log.warn("{}: retrying {} (attempt {} of {}) after {}", port, operation, context.getRetryCount() + 1,
              settings.maxAttempts(), context.getLastThrowable().toString());
        }
        return call.apply(rest);
      });
    } catch (ResourceAccessException | HttpServerErrorException e) {
      throw new PortUnavailableException(port + " unavailable: " + operation + " failed after "
          + settings.maxAttempts() + " attempt(s): " + e.getMessage(), e);
    } catch (HttpClientErrorException e) {
      throw new PortRequestRejectedException(port, operation, e.getStatusCode().value(), serverMessage(e));
    } catch (RestClientException e) {
      throw new PortUnavailableException(port + " gave an unreadable answer to " + operation + ": " + e.getMessage(), e);
    }
  }

  /** The wire format is the contract's, whatever the application's Jackson settings: dates as ISO strings. */
  private static void useContractJson(List<HttpMessageConverter<?>> converters) {
    var json = new MappingJackson2HttpMessageConverter(Jackson2ObjectMapperBuilder.json()
        .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build());
    converters.replaceAll(converter -> converter instanceof MappingJackson2HttpMessageConverter ? json : converter);
  }

  /** The answer's body, or PortUnavailableException when the server sent none. */
  public <T> T required(String operation, T body) {
    if (body == null) {
      throw new PortUnavailableException(port + " sent an empty answer to " + operation);
    }
    return body;
  }

  /** The server's message: {@code detail}, {@code message} or {@code error} of a JSON body, else the body itself. */
  static String serverMessage(HttpClientErrorException e) {
    String body = e.getResponseBodyAsString();
    if (body.isBlank()) {
      return e.getStatusText();
    }
    try {
      JsonNode json = JSON.readTree(body);
      for (String field : List.of("detail", "message", "error")) {
        if (json.hasNonNull(field)) {
          return json.get(field).asText();
        }
      }
    } catch (Exception notJson) {
      // a plain text answer is the message as it stands
    }
    return body.strip();
  }
}
