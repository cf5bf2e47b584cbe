package com.scfengine.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A core banking system on loopback that the product reaches through its HTTP adapter ({@code
 * scf.core-banking.adapter=http}), with the faults a real one shows: it may book and then not answer within the
 * client's read time-out, or refuse every call (503) until it recovers. Like a real ledger it keeps one booking per
 * idempotency key and answers a repeated key with the first booking; it counts every call, so a test sees the retries
 * the product made and that each application used one key.
 */
final class CoreBankServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, ObjectNode> bookings = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> postsPerKey = new ConcurrentHashMap<>();
  private final AtomicInteger bookThenStall = new AtomicInteger();
  private final AtomicInteger stalled = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicBoolean unavailable = new AtomicBoolean();
  private volatile Duration stall = Duration.ofSeconds(3);

  private CoreBankServer(HttpServer server) {
    this.server = server;
  }

  static CoreBankServer start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    CoreBankServer bank = new CoreBankServer(server);
    server.createContext("/bookings", bank::bookings);
    server.createContext("/accounts", exchange -> bank.answer(exchange, 200, JSON.createObjectNode()
        .put("balance", 0)));
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.start();
    return bank;
  }

  /** The product's arguments that send its bookings here (short time-outs: a fault shows within seconds). */
  List<String> productArguments() {
    return List.of("--scf.core-banking.adapter=http",
        "--scf.core-banking.http.base-url=http://127.0.0.1:" + server.getAddress().getPort(),
        "--scf.core-banking.http.connect-timeout=1s", "--scf.core-banking.http.read-timeout=1s",
        "--scf.core-banking.http.max-attempts=3", "--scf.core-banking.http.initial-backoff=100ms",
        "--scf.core-banking.http.max-backoff=400ms");
  }

  /** The next {@code count} new bookings are made and committed, and then answered only after the client gave up. */
  void bookThenTimeOutNext(int count, Duration after) {
    stall = after;
    bookThenStall.set(count);
  }

  /** Every call refused with 503 from now, or answered again. */
  void unavailable(boolean down) {
    unavailable.set(down);
  }

  int stalledAnswers() {
    return stalled.get();
  }

  int refusedCalls() {
    return refused.get();
  }

  /** The idempotency keys booked under {@code reference} (an application's id). */
  Set<String> keysOf(String reference) {
    return bookings.values().stream().filter(b -> reference.equals(b.path("reference").asText()))
        .map(b -> b.path("idempotencyKey").asText()).collect(Collectors.toSet());
  }

  /** How many times the product sent a booking with {@code key}: retries included. */
  int postsOf(String key) {
    AtomicInteger posts = postsPerKey.get(key);
    return posts == null ? 0 : posts.get();
  }

  private void bookings(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (unavailable.get()) {
        refused.incrementAndGet();
        answer(exchange, 503, JSON.createObjectNode().put("detail", "core banking is down for maintenance"));
        return;
      }
      if ("GET".equals(exchange.getRequestMethod())) {
        list(exchange);
        return;
      }
      JsonNode request = JSON.readTree(exchange.getRequestBody());
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      if (key == null || !key.equals(request.path("idempotencyKey").asText())) {
        answer(exchange, 400, JSON.createObjectNode().put("detail", "Idempotency-Key header missing or not the body's"));
        return;
      }
      postsPerKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      boolean[] created = {false};
      ObjectNode booking = bookings.computeIfAbsent(key, k -> {
        created[0] = true;
        ObjectNode made = ((ObjectNode) request.deepCopy()).put("bookingId", UUID.randomUUID().toString())
            .put("bookedAt", Instant.now().toString());
        made.remove("valueDate");
        return made;
      });
      if (created[0] && bookThenStall.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        stalled.incrementAndGet();
        sleep(stall); // booked and committed; the answer comes after the client stopped waiting
      }
      ObjectNode answer = JSON.createObjectNode().put("bookingId", booking.path("bookingId").asText())
          .put("idempotencyKey", key).put("kind", booking.path("kind").asText())
          .put("bookedAt", booking.path("bookedAt").asText());
      answer(exchange, created[0] ? 201 : 200, answer);
    } catch (IOException gone) {
      // the client stopped waiting: as a real server, the booking stays
    }
  }

  private void list(HttpExchange exchange) throws IOException {
    List<String> references = new ArrayList<>();
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        String[] parts = pair.split("=", 2);
        if (parts.length == 2 && "reference".equals(parts[0])) {
          references.add(URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
      }
    }
    ArrayNode found = JSON.createArrayNode();
    bookings.values().stream().filter(b -> references.contains(b.path("reference").asText()))
        .sorted(java.util.Comparator.comparing(b -> b.path("bookedAt").asText()))
        .forEach(found::add);
    answer(exchange, 200, found);
  }

  private void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
