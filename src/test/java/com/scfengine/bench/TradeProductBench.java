package com.scfengine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A trade product's phase: its parties and limits registered through the API, then its applications submitted over
 * HTTP as {@code rm} by the benchmark's clients — a warm-up, then the measured ones, one round — each counted by the
 * {@link DisbursedProbe} when the product's counted step commits; the applications in the counted status are then read
 * back over the API. {@link ForfaitingBench} and {@link ImportLcBench} are two.
 */
abstract class TradeProductBench {

  /** What a phase measured; {@code inDatabase}: the applications the API shows in the counted status. */
  record Result(String phase, String status, LoadRun.Outcome warmUp, LoadRun.Outcome measured, long inDatabase,
      String firstPending, Map<String, Object> details) {
    boolean complete() {
      return warmUp.complete() && measured.complete()
          && inDatabase == warmUp.completed() + measured.completed();
    }
  }

  protected final Http http;
  protected final Http rm;
  protected final LocalDate today;
  private final String phase;
  private final String product;
  private final String status;

  TradeProductBench(Http http, LocalDate today, String phase, String product, String status) {
    this.http = http;
    this.rm = http.as("rm");
    this.today = today;
    this.phase = phase;
    this.product = product;
    this.status = status;
  }

  /** Registers the parties and limits the applications need, through the API. */
  abstract void setUp();

  /**
   * Application {@code seq} of the run named {@code run} (W: the warm-up, M: the measured): {@code unique} is its
   * number across both runs, to keep every application a different one.
   */
  abstract Map<String, Object> application(String run, int seq, int unique);

  /** Before the first application: what must be running while they are processed. */
  void open() {}

  /** After the last application has been counted (or given up on). */
  void close() {}

  /** What the phase adds to its figures in {@code result.json}. */
  Map<String, Object> details() {
    return Map.of();
  }

  final Result run(LoadRun.Runner load, int warmup, int applications) throws InterruptedException {
    setUp();
    String path = "/api/products/" + product + "/applications";
    LoadRun.Outcome warm;
    LoadRun.Outcome measured;
    open();
    try {
      warm = load.run(phase + " warm-up", warmup, seq -> submit(path, application("W", seq, seq)));
      measured = load.run(phase, applications, seq -> submit(path, application("M", seq, warmup + seq)));
    } finally {
      close();
    }
    String pending = measured.pending().isEmpty() ? (warm.pending().isEmpty() ? null : warm.pending().get(0))
        : measured.pending().get(0);
    String firstPending = pending == null ? null : pending + ": " + rm.get("/api/applications/" + pending);
    Map<String, Object> details = new LinkedHashMap<>(details());
    return new Result(phase, status, warm, measured, count(rm, product, status), firstPending, details);
  }

  private String submit(String path, Map<String, Object> body) {
    return rm.post(path, body).get("id").asText();
  }

  /** How many applications of the product the API shows in the status. */
  static long count(Http http, String product, String status) {
    JsonNode page = http.get("/api/applications?product=" + product + "&status=" + status + "&size=1");
    return page.path("page").path("totalElements").asLong(-1);
  }

  /** A supplier or exporter (an SME in GB) and its buyer (a core enterprise in the US), registered as {@code rm}. */
  static void registerPair(Http rm, String sme, String smeName, String buyer, String buyerName) {
    rm.post("/api/enterprises", Map.of("id", sme, "name", smeName, "country", "GB", "role", "SME"));
    rm.post("/api/enterprises", Map.of("id", buyer, "name", buyerName, "country", "US", "role", "CORE_ENTERPRISE"));
  }

  /** A live limit larger than the benchmark will ever use, as the analyst sets it. */
  protected void facility(Map<String, Object> facility) {
    Map<String, Object> body = new LinkedHashMap<>(facility);
    body.put("currency", "USD");
    body.put("limit", "100000000000.00");
    body.put("expiry", today.plusYears(2).toString());
    http.as("analyst").post("/api/facilities", body);
  }

  /** {@code base} plus {@code unique} cents, as text: a different amount for every application. */
  static String amount(String base, int unique) {
    return new java.math.BigDecimal(base).add(java.math.BigDecimal.valueOf(unique, 2)).toPlainString();
  }
}
