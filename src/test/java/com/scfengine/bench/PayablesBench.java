package com.scfengine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.supplychainfinance.EnterpriseUsers;
import com.scfengine.supplychainfinance.Programmes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Supply-chain payables: a core enterprise (rated AA) uploads its payables to a programme in one CSV file, and its
 * suppliers have some of them paid early, straight through.
 * <ul>
 *   <li>{@link #setUp}: the core enterprise and {@link #SUPPLIERS} suppliers over the API (as {@code rm}), the
 *       programme (as {@code analyst}), the suppliers put on it ACTIVE ({@link Programmes#enrol}), and a user acting
 *       for each enterprise (Camunda groups {@code core-enterprises} / {@code suppliers} and the enterprise's group of
 *       type {@code enterprise}, as {@link EnterpriseUsers} reads them);</li>
 *   <li>{@link #upload}: one {@code text/csv} file of payables, round the suppliers, due 30 to 150 days ahead, each
 *       below the 500,000 above which the table {@code scf-pricing} asks an analyst for AA: timed from sending the file
 *       to its 201;</li>
 *   <li>{@link #finance}: {@code POST /api/payables/early-payment} as each supplier's user for its own payables,
 *       {@link #BATCH} a request from concurrent clients, counted by the {@link DisbursedProbe} when the step that
 *       marks the payable FINANCED commits; the statuses are then read back in bulk over the API.</li>
 * </ul>
 */
final class PayablesBench {

  static final String PROCESS = "reverse-factoring";
  /** The step after the disbursement that marks the payable FINANCED (same transaction as the disbursement). */
  static final String FINANCED_STEP = "ServiceTask_PayableFinanced";
  static final int SUPPLIERS = 20;
  /** Payables per early-payment request. */
  static final int BATCH = 50;
  static final String CORE = "BENCH-CORE";
  static final String PROGRAMME = "PRG-BENCH";
  private static final String CORE_USER = "bench-core";
  /** The largest page the API gives (Spring Data's default). */
  private static final int PAGE = 2000;

  record Upload(int payables, double seconds, double cpuMillisEach, double statementsEach, double roundTripsEach,
      double commitsEach, double gcMillis) {
    double perSecond() {
      return payables / seconds;
    }
  }

  record Financing(int asked, long financed, double seconds, double perSecond, double p50, double p95, double p99,
      double max, double cpuMillisEach, double statementsEach, double roundTripsEach, double commitsEach,
      int failedRequests, String firstFailure, List<String> pending, long financedInDatabase) {
    boolean complete() {
      return pending.isEmpty() && failedRequests == 0 && financed == asked && financedInDatabase == asked;
    }
  }

  private final Http http;
  private final IdentityService identity;
  private final Programmes programmes;
  private final DisbursedProbe probe;
  private final SqlCounter sql;
  private final LocalDate today;
  private final List<String> suppliers = new ArrayList<>();

  PayablesBench(Http http, IdentityService identity, Programmes programmes, DisbursedProbe probe, SqlCounter sql,
      LocalDate today) {
    this.http = http;
    this.identity = identity;
    this.programmes = programmes;
    this.probe = probe;
    this.sql = sql;
    this.today = today;
  }

  void setUp() {
    Http rm = http.as("rm");
    rm.post("/api/enterprises", Map.of("id", CORE, "name", "Bench Core Enterprise Inc", "country", "US",
        "role", "CORE_ENTERPRISE", "ratingGrade", "AA", "probabilityOfDefault", "0.002"));
    http.as("analyst").post("/api/programmes", Map.of("id", PROGRAMME, "name", "Bench payables programme",
        "coreEnterpriseId", CORE, "currency", "USD", "limit", "100000000000.00",
        "expiry", today.plusYears(2).toString(), "maxTenorDays", 180, "baseRate", "0.05"));
    user(CORE_USER, "core-enterprises", CORE);
    for (int i = 1; i <= SUPPLIERS; i++) {
      String supplier = String.format("BENCH-SUPPLIER-%03d", i);
      rm.post("/api/enterprises", Map.of("id", supplier, "name", "Bench Supplier " + i + " Ltd", "country", "VN",
          "role", "SME", "ratingGrade", "BB", "probabilityOfDefault", "0.03"));
      programmes.enrol(PROGRAMME, new Programmes.NewSupplier(supplier, "ACC-" + supplier, false),
          "onboarded for the benchmark");
      user(userOf(supplier), "suppliers", supplier);
      suppliers.add(supplier);
    }
  }

  /** Uploads {@code count} payables in one CSV file as the core enterprise's user. */
  Upload upload(int count) {
    StringBuilder csv = new StringBuilder(count * 80 + 64);
    csv.append("supplierId,invoiceNumber,amount,currency,issueDate,dueDate\n");
    for (int i = 0; i < count; i++) {
      // 1,000.00 to 100,999.99: straight through for AA (an analyst only above 500,000)
      String amount = String.format(Locale.ROOT, "%d.%02d", 1000 + (i * 7919L) % 100_000, i % 100);
      csv.append(suppliers.get(i % suppliers.size())).append(",PAY-BENCH-").append(String.format("%06d", i))
          .append(',').append(amount).append(",USD,").append(today.minusDays(5 + i % 10)).append(',')
          .append(today.plusDays(30 + i % 121)).append('\n');
    }
    String body = csv.toString();
    long cpuBefore = LoadRun.processCpuNanos();
    long gcBefore = LoadRun.gcMillis();
    SqlCounter.Snapshot sqlBefore = sql == null ? null : sql.snapshot();
    long start = System.nanoTime();
    JsonNode answer = http.as(CORE_USER).post("/api/programmes/" + PROGRAMME + "/payables", "text/csv", body);
    double seconds = (System.nanoTime() - start) / 1e9;
    long cpu = LoadRun.processCpuNanos() - cpuBefore;
    SqlCounter.Snapshot used = sql == null ? null : sql.snapshot().minus(sqlBefore);
    int taken = answer.path("count").asInt();
    if (taken != count) {
      throw new IllegalStateException("The upload took " + taken + " payables of " + count + ": " + answer);
    }
    return new Upload(taken, seconds, cpu / 1e6 / taken, each(used == null ? -1 : used.statements(), taken),
        each(used == null ? -1 : used.roundTrips(), taken), each(used == null ? -1 : used.commits(), taken),
        LoadRun.gcMillis() - gcBefore);
  }

  /**
   * Finances {@code count} payables, the same number of each supplier's (its first by due date), {@link #BATCH} a
   * request from {@code threads} clients; at most one batch a client is in flight (asked and not all FINANCED).
   */
  Financing finance(int count, int threads, long timeoutSeconds) throws InterruptedException {
    List<List<Batch>> bySupplier = new ArrayList<>();
    int each = count / suppliers.size();
    int extra = count % suppliers.size();
    for (int s = 0; s < suppliers.size(); s++) {
      String supplier = suppliers.get(s);
      int wanted = each + (s < extra ? 1 : 0);
      if (wanted == 0) {
        continue;
      }
      List<String> ids = new ArrayList<>(wanted);
      Http user = http.as(userOf(supplier));
      for (int page = 0; ids.size() < wanted; page++) {
        JsonNode content = user.get("/api/programmes/" + PROGRAMME + "/payables?supplierId=" + supplier + "&size="
            + PAGE + "&page=" + page).path("content");
        if (content.isEmpty()) {
          throw new IllegalStateException(supplier + " has " + ids.size() + " payables, not " + wanted);
        }
        for (JsonNode payable : content) {
          if (ids.size() < wanted && payable.path("status").asText().equals("OPEN")) {
            ids.add(payable.path("id").asText());
          }
        }
      }
      List<Batch> own = new ArrayList<>();
      for (int from = 0; from < ids.size(); from += BATCH) {
        own.add(new Batch(supplier, ids.subList(from, Math.min(ids.size(), from + BATCH))));
      }
      bySupplier.add(own);
    }
    // the suppliers in turn: clients ask for different suppliers at once
    List<Batch> batches = new ArrayList<>();
    for (int round = 0; batches.size() < bySupplier.stream().mapToInt(List::size).sum(); round++) {
      for (List<Batch> own : bySupplier) {
        if (round < own.size()) {
          batches.add(own.get(round));
        }
      }
    }
    int clients = Math.max(1, Math.min(threads, batches.size()));
    Tracker tracker = new Tracker(count, clients * BATCH);
    long cpuBefore = LoadRun.processCpuNanos();
    SqlCounter.Snapshot sqlBefore = sql == null ? null : sql.snapshot();
    probe.reportTo(tracker);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
      Thread t = new Thread(r, "bench-supplier");
      t.setDaemon(true);
      return t;
    });
    for (int c = 0; c < clients; c++) {
      pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
          Batch batch = batches.get(i);
          tracker.enter(batch.ids().size());
          long start = System.nanoTime();
          try {
            JsonNode started = http.as(userOf(batch.supplier())).post("/api/payables/early-payment",
                Map.of("payableIds", batch.ids()));
            for (JsonNode one : started) {
              tracker.submitted(one.path("applicationId").asText(), start);
            }
          } catch (RuntimeException e) {
            failed.incrementAndGet();
            firstFailure.compareAndSet(null, e.toString());
            batch.ids().forEach(id -> tracker.abandon());
          }
        }
        return null;
      });
    }
    pool.shutdown();
    pool.awaitTermination(timeoutSeconds, TimeUnit.SECONDS);
    boolean all = LoadRun.awaitProgress(tracker, timeoutSeconds);
    if (!all) {
      Thread.sleep(1000);
    }
    probe.reportTo(null);
    pool.shutdownNow();
    long cpu = LoadRun.processCpuNanos() - cpuBefore;
    SqlCounter.Snapshot used = sql == null ? null : sql.snapshot().minus(sqlBefore);

    double[] latencies = tracker.latenciesMillis();
    long[] span = tracker.span();
    double seconds = latencies.length == 0 ? Double.NaN : (span[1] - span[0]) / 1e9;
    int n = latencies.length;
    return new Financing(count, n, seconds, n / seconds, Tracker.percentile(latencies, 50),
        Tracker.percentile(latencies, 95), Tracker.percentile(latencies, 99), n == 0 ? Double.NaN : latencies[n - 1],
        n == 0 ? Double.NaN : cpu / 1e6 / n, each(used == null ? -1 : used.statements(), n),
        each(used == null ? -1 : used.roundTrips(), n), each(used == null ? -1 : used.commits(), n), failed.get(),
        firstFailure.get(), tracker.pending(), countFinanced());
  }

  /** The programme's FINANCED payables, read in bulk over the API as the bank sees them. */
  long countFinanced() {
    Http analyst = http.as("analyst");
    long financed = 0;
    for (int page = 0; ; page++) {
      JsonNode answer = analyst.get("/api/programmes/" + PROGRAMME + "/payables?size=" + PAGE + "&page=" + page);
      for (JsonNode payable : answer.path("content")) {
        if (payable.path("status").asText().equals("FINANCED")) {
          financed++;
        }
      }
      if (page + 1 >= answer.path("page").path("totalPages").asInt()) {
        return financed;
      }
    }
  }

  /** The status of one payable, to show when some did not arrive. */
  String describe(String applicationId) {
    return http.as("analyst").get("/api/applications/" + applicationId).toString();
  }

  /** Some of one supplier's payables, asked for in one request. */
  private record Batch(String supplier, List<String> ids) {}

  private static String userOf(String supplier) {
    return supplier.toLowerCase(Locale.ROOT);
  }

  /** A user (password = id) in {@code role}, acting for {@code enterprise}. */
  private void user(String id, String role, String enterprise) {
    User user = identity.newUser(id);
    user.setPassword(id);
    identity.saveUser(user);
    identity.createMembership(id, role);
    if (identity.createGroupQuery().groupId(enterprise).count() == 0) {
      Group group = identity.newGroup(enterprise);
      group.setName(enterprise);
      group.setType(EnterpriseUsers.GROUP_TYPE);
      identity.saveGroup(group);
    }
    identity.createMembership(id, enterprise);
  }

  private static double each(long total, long count) {
    return total < 0 || count == 0 ? Double.NaN : (double) total / count;
  }
}
