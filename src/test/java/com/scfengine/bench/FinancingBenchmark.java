package com.scfengine.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.scfengine.ScfEngineApplication;
import com.scfengine.credit.CreditBureauSimulator;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How fast the engine finances, beside the engine alone. Started by {@code mvn -Pbench verify}
 * (see the README's "Performance" section and {@link BenchSettings}); not a test.
 *
 * <ol>
 *   <li>Starts the product — this JVM, the product's own configuration, a fresh database.</li>
 *   <li><b>product</b>: registers sellers, buyers and facilities through the API, then submits straight-through
 *       factoring applications over HTTP as {@code rm} from concurrent clients (warm-up, then measured) and
 *       counts each when it is DISBURSED.</li>
 *   <li><b>baseline</b>: the same models with do-nothing delegates ({@link BaselineModels}), started through
 *       the Java engine API by as many threads, counted when they pass the same step.</li>
 *   <li><b>forfaiting</b>: guarantor banks, country limits, exporters and importers through the API, then forfaiting
 *       deals over HTTP as {@code rm}, their instruments checked by trade operations over the engine's REST API as they
 *       arrive, counted when each is DISBURSED ({@link ForfaitingBench}).</li>
 *   <li><b>importlc</b>: applicants and their limits through the API, then import letters of credit over HTTP as
 *       {@code rm}, counted when each is ISSUED: its MT700 sent ({@link ImportLcBench}).</li>
 *   <li><b>payables</b>: a core enterprise uploads 10,000 payables in one CSV file, and its suppliers have 1,000 of
 *       them paid early, straight through, counted when each is FINANCED ({@link PayablesBench}).</li>
 *   <li><b>tasklist</b>: the credit analysts' page with 10,000 and 100,000 open tasks ({@link TaskListBench}).</li>
 *   <li>Prints a table and writes {@code result.json} in {@code bench.dir} (target/bench).</li>
 * </ol>
 */
public final class FinancingBenchmark {

  private static final long RUN_TIMEOUT_SECONDS = 1200;

  private final BenchSettings settings;
  private final BenchDatabase database;
  private final ConfigurableApplicationContext app;
  private final DisbursedProbe probe;
  private final SqlCounter sql;
  private final ProcessEngine engine;
  private final Http http;
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private final AtomicInteger engineWarnings = new AtomicInteger();
  private final List<String> firstWarnings = new CopyOnWriteArrayList<>();
  private final Map<String, Object> result = new LinkedHashMap<>();
  private final Map<LoadRun.Outcome, Double> h2KbWrittenEach = new java.util.IdentityHashMap<>();

  private FinancingBenchmark(BenchSettings settings, BenchDatabase database, ConfigurableApplicationContext app,
      DisbursedProbe probe, SqlCounter sql) {
    this.settings = settings;
    this.database = database;
    this.app = app;
    this.probe = probe;
    this.sql = sql;
    this.engine = app.getBean(ProcessEngine.class);
    this.http = Http.on(((WebServerApplicationContext) app).getWebServer().getPort());
  }

  public static void main(String[] args) throws Exception {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    Files.createDirectories(settings.dir());
    BenchDatabase database = BenchDatabase.prepare(settings);
    say("Benchmark on " + database.description() + ", " + Runtime.getRuntime().availableProcessors() + " cores, heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");

    DisbursedProbe probe = new DisbursedProbe(Map.of(
        "factoring", "ServiceTask_Disburse",
        BaselineModels.key("factoring"), "ServiceTask_Disburse",
        ForfaitingBench.PROCESS, ForfaitingBench.COUNTED_STEP,
        ImportLcBench.PROCESS, ImportLcBench.COUNTED_STEP,
        PayablesBench.PROCESS, PayablesBench.FINANCED_STEP));
    SqlCounter sql = Boolean.parseBoolean(System.getProperty("bench.count.sql", "true")) ? new SqlCounter() : null;
    List<String> arguments = new ArrayList<>(database.springArguments());
    arguments.add("--server.port=0");
    arguments.add("--logging.level.root=WARN");
    arguments.add("--spring.main.log-startup-info=false");
    // the models deployed at start are the ones measured: no hot redeploy of a model saved meanwhile
    arguments.add("--scf.models.watch=false");

    long start = System.nanoTime();
    ConfigurableApplicationContext app = new SpringApplicationBuilder(ScfEngineApplication.class)
        .bannerMode(Banner.Mode.OFF)
        .initializers(context -> {
          GenericApplicationContext beans = (GenericApplicationContext) context;
          beans.registerBean("benchDisbursedProbe", DisbursedProbe.class, () -> probe);
          beans.registerBean(BaselineModels.STEP_BEAN, BaselineStep.class, BaselineStep::new);
          // the baseline's step is a building block of this benchmark's context only: the deployment rules admit
          // nothing else as a delegate
          beans.registerBean("benchStepBlock", com.scfengine.process.BuildingBlock.class, () -> BaselineStep.BLOCK);
          if (sql != null) {
            beans.getBeanFactory().addBeanPostProcessor(sql);
          }
        })
        .run(arguments.toArray(String[]::new));
    say(String.format(Locale.ROOT, "Product started in %.1f s", (System.nanoTime() - start) / 1e9));
    int status = 0;
    try {
      status = new FinancingBenchmark(settings, database, app, probe, sql).run();
    } finally {
      app.close();
    }
    System.exit(status);
  }

  private int run() throws Exception {
    countEngineWarnings();
    result.put("started_at", Instant.now().toString());
    result.put("database", database.description());
    List<TaskListBench.Timing> tasklist = new ArrayList<>();

    Measurement product = settings.runs("product") ? product() : null;
    Measurement baseline = settings.runs("baseline") ? baseline() : null;
    // product and baseline in turn: a machine whose speed drifts (by a third within an hour on one build machine)
    // moves both figures of a round alike, so the ratio of a round holds where figures of separate runs do not
    List<Round> rounds = new ArrayList<>();
    for (int round = 1; round <= settings.rounds() && (product != null || baseline != null); round++) {
      String suffix = settings.rounds() == 1 ? "" : " " + round + "/" + settings.rounds();
      LoadRun.Outcome p = product == null ? null : product.measure("product" + suffix, round);
      LoadRun.Outcome b = baseline == null ? null : baseline.measure("baseline" + suffix, round);
      rounds.add(new Round(p, b));
      if (settings.rounds() > 1 && p != null && b != null) {
        say(String.format(Locale.ROOT, "round %d: ratio %.2f", round, rounds.get(rounds.size() - 1).ratio()));
      }
    }
    if (product != null) {
      product.check(rounds);
    }
    Round reported = rounds.isEmpty() ? new Round(null, null) : Round.median(rounds);
    List<TradeProductBench.Result> trade = new ArrayList<>();
    if (settings.runs("forfaiting")) {
      trade.add(trade(new ForfaitingBench(http, today, settings.sellers())));
    }
    if (settings.runs("importlc")) {
      trade.add(trade(new ImportLcBench(http, today, app.getBean(CreditBureauSimulator.class), settings.sellers())));
    }
    PayablesRun payables = settings.runs("payables") ? payables() : null;
    if (settings.runs("tasklist")) {
      TaskListBench bench = new TaskListBench(engine.getRepositoryService(), engine.getRuntimeService(),
          engine.getTaskService(), engine.getFilterService(), engine.getIdentityService(),
          app.getBean(PlatformTransactionManager.class), http);
      bench.deploy();
      for (int open : settings.openTasks()) {
        say("Tasklist: opening " + open + " analyst tasks ...");
        TaskListBench.Timing timing = bench.measureAt(open, settings.queryWarmup(), settings.queryRepeats(), 3);
        say(String.format(Locale.ROOT, "  %d open (made in %.0f s): page %.1f ms, by due date %.1f ms, count %.1f ms,"
            + " REST/HAL %.1f ms, Tasklist's HAL %.1f ms", open, timing.createSeconds(), timing.page(),
            timing.pageByDue(), timing.count(), timing.rest(), timing.tasklist()));
        tasklist.add(timing);
      }
    }

    report(reported, rounds, trade, payables, tasklist);
    boolean ok = rounds.stream().allMatch(r -> (r.product() == null || r.product().complete())
        && (r.baseline() == null || r.baseline().complete()))
        && trade.stream().allMatch(TradeProductBench.Result::complete)
        && (payables == null || payables.financing() == null || payables.financing().complete());
    return ok ? 0 : 1;
  }

  /** A warmed-up load that measures {@code bench.applications} more each round. */
  private interface Measurement {
    LoadRun.Outcome measure(String label, int round) throws Exception;

    default void check(List<Round> rounds) {}
  }

  /** One round: the product, then the baseline. */
  private record Round(LoadRun.Outcome product, LoadRun.Outcome baseline) {
    double ratio() {
      return product != null && baseline != null ? product.perSecond() / baseline.perSecond() : Double.NaN;
    }

    /** The round with the median ratio (the lower middle one of an even count). */
    static Round median(List<Round> rounds) {
      List<Round> sorted = rounds.stream().sorted(java.util.Comparator.comparingDouble(Round::ratio)).toList();
      return sorted.get((sorted.size() - 1) / 2);
    }
  }

  // ---------------------------------------------------------------------------------------------- product

  private Measurement product() throws Exception {
    List<String> sellers = new ArrayList<>();
    List<String> buyers = new ArrayList<>();
    CreditBureauSimulator bureau = app.getBean(CreditBureauSimulator.class);
    Http rm = http.as("rm");
    Http analyst = http.as("analyst");
    for (int i = 1; i <= settings.sellers(); i++) {
      String seller = String.format("BENCH-SELLER-%03d", i);
      String buyer = String.format("BENCH-BUYER-%03d", i);
      TradeProductBench.registerPair(rm, seller, "Bench Seller " + i + " Ltd", buyer, "Bench Buyer " + i + " Inc");
      analyst.post("/api/facilities", Map.of("enterpriseId", seller, "kind", "OBLIGOR", "currency", "USD",
          "limit", "100000000000.00", "expiry", today.plusYears(2).toString()));
      bureau.assign(seller, "A"); // straight through: rating A or better and at most 50,000 (credit-authority.dmn)
      sellers.add(seller);
      buyers.add(buyer);
    }

    String path = "/api/products/FACTORING/applications";
    LoadRun.Outcome warm = load("product warm-up", settings.warmup(), seq -> rm.post(path,
        application(sellers, buyers, "W", seq, seq)).get("id").asText());
    return new Measurement() {
      @Override
      public LoadRun.Outcome measure(String label, int round) throws Exception {
        int offset = settings.warmup() + (round - 1) * settings.applications();
        LoadRun.Outcome measured = load(label, settings.applications(), seq -> rm.post(path,
            application(sellers, buyers, "M" + round, seq, offset + seq)).get("id").asText());
        if (!measured.pending().isEmpty()) {
          String id = measured.pending().get(0);
          say("  e.g. " + id + ": " + rm.get("/api/applications/" + id));
        }
        return measured;
      }

      @Override
      public void check(List<Round> rounds) {
        long inDatabase = TradeProductBench.count(rm, "FACTORING", "DISBURSED");
        long counted = warm.completed() + rounds.stream().mapToLong(r -> r.product().completed()).sum();
        result.put("product_disbursed_in_database", inDatabase);
        if (inDatabase != counted) {
          say("WARNING: the database holds " + inDatabase + " DISBURSED applications, the probe counted " + counted);
        }
      }
    };
  }

  /**
   * A straight-through application: every one a different receivable — number and content (the external
   * registry's fingerprint covers parties, amount, currency and dates), so neither registry refuses it.
   */
  private Map<String, Object> application(List<String> sellers, List<String> buyers, String run, int seq,
      int unique) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sellerId", sellers.get(seq % sellers.size()));
    body.put("buyerId", buyers.get((seq / sellers.size() + seq) % buyers.size()));
    body.put("invoiceNumber", "INV-BENCH-" + run + "-" + seq);
    body.put("invoiceAmount", new java.math.BigDecimal("45000.00").add(java.math.BigDecimal.valueOf(unique, 2))
        .toPlainString()); // 45,000.00 + n cents: distinct up to 500,000 applications
    body.put("currency", "USD");
    body.put("issueDate", today.minusDays(5).toString());
    body.put("dueDate", today.plusDays(60).toString());
    body.put("requestedAmount", "40000.00");
    body.put("recourse", true);
    body.put("disclosed", false);
    return body;
  }

  // --------------------------------------------------------------------------------------------- baseline

  private Measurement baseline() throws Exception {
    BaselineModels.deploy(engine.getRepositoryService(), settings.baselineDmn());
    String key = BaselineModels.key("factoring");
    grantStart(key); // as the engine grants relationship managers each product when it is deployed
    var runtime = engine.getRuntimeService();
    var identity = engine.getIdentityService();
    // signed in as the API signs rm in: with rm's groups, so the engine checks the same authorisations
    List<String> groups = identity.createGroupQuery().groupMember("rm").list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    load("baseline warm-up", settings.warmup(), seq -> start(runtime, identity, groups, key, "BASE-W-" + seq, seq));
    return (label, round) -> load(label, settings.baselineApplications(),
        seq -> start(runtime, identity, groups, key, "BASE-M" + round + "-" + seq, seq));
  }

  /** Relationship managers may start the baseline, as they may start each product; nobody else. */
  private void grantStart(String processKey) {
    var authorizations = engine.getAuthorizationService();
    if (authorizations.createAuthorizationQuery().groupIdIn("relationship-managers")
        .resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION).resourceId(processKey)
        .count() > 0) {
      return;
    }
    var grant = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("relationship-managers");
    grant.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
    grant.setResourceId(processKey);
    grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(grant);
  }

  private String start(org.camunda.bpm.engine.RuntimeService runtime, org.camunda.bpm.engine.IdentityService identity,
      List<String> groups, String key, String businessKey, int seq) {
    identity.setAuthentication("rm", groups); // the initiator, as the API's signed-in user is
    try {
      runtime.startProcessInstanceByKey(key, businessKey, BaselineStep.startVariables(seq, today));
      return businessKey;
    } finally {
      identity.clearAuthentication();
    }
  }

  private LoadRun.Outcome load(String label, int count, LoadRun.Submitter submitter) throws InterruptedException {
    if (count == 0) {
      return new LoadRun.Outcome(label, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, 0, null, List.of(), Double.NaN, LoadRun.loadAverage(), Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, Double.NaN);
    }
    int warningsBefore = engineWarnings.get();
    long writtenBefore = h2BytesWritten();
    LoadRun.Outcome outcome = LoadRun.run(label, count, settings.threads(), settings.window(), submitter, probe,
        sql, RUN_TIMEOUT_SECONDS);
    double writtenKb = writtenBefore < 0 ? Double.NaN
        : (h2BytesWritten() - writtenBefore) / 1024.0 / Math.max(1, outcome.completed());
    h2KbWrittenEach.put(outcome, writtenKb);
    say(String.format(Locale.ROOT, "%-17s %5d in %6.1f s = %6.1f /s   p50 %6.0f ms  p95 %6.0f ms  p99 %6.0f ms"
            + "  max %6.0f ms  CPU %5.1f ms each (JIT %.1f, GC %.1f)  SQL %.0f (%.0f trips, %.1f commits) each%s  load %s"
            + "  engine warnings %d",
        label, outcome.completed(), outcome.seconds(), outcome.perSecond(), outcome.p50(), outcome.p95(), outcome.p99(),
        outcome.max(), outcome.cpuMillisEach(), outcome.jitMillisEach(), outcome.gcMillisEach(),
        outcome.statementsEach(), outcome.roundTripsEach(), outcome.commitsEach(),
        Double.isNaN(writtenKb) ? "" : String.format(Locale.ROOT, "  H2 wrote %.0f KB each", writtenKb),
        outcome.loadAverage(), engineWarnings.get() - warningsBefore));
    int top = Integer.getInteger("bench.sql.top", 0);
    if (sql != null && top > 0) {
      List<String> statements = sql.top(top);
      if (!label.contains("warm-up")) {
        say("  most executed SQL (" + label + "):");
        statements.forEach(line -> say("    " + line));
      }
    }
    if (outcome.failedSubmissions() > 0) {
      say("  " + outcome.failedSubmissions() + " submissions failed, the first: " + outcome.firstFailure());
    }
    if (!outcome.pending().isEmpty()) {
      say("  " + outcome.pending().size() + " did not reach the disbursement within " + RUN_TIMEOUT_SECONDS + " s");
    }
    return outcome;
  }

  // ----------------------------------------------------------------------------------- trade products

  /** A trade product's phase: its warm-up and one measured run ({@link TradeProductBench}). */
  private TradeProductBench.Result trade(TradeProductBench bench) throws InterruptedException {
    TradeProductBench.Result result = bench.run(this::load, settings.tradeWarmup(), settings.applications());
    if (result.firstPending() != null) {
      say("  e.g. " + result.firstPending());
    }
    long counted = result.warmUp().completed() + result.measured().completed();
    if (result.inDatabase() != counted) {
      say("WARNING: the API shows " + result.inDatabase() + " " + result.status() + " applications of the "
          + result.phase() + " phase, the probe counted " + counted);
    }
    result.details().forEach((name, value) -> say("  " + name + ": " + value));
    return result;
  }

  // --------------------------------------------------------------------------------------------- payables

  /** The payables phase: an upload, then early payment of some of them ({@link PayablesBench}). */
  private record PayablesRun(PayablesBench.Upload upload, PayablesBench.Financing financing) {}

  private PayablesRun payables() throws InterruptedException {
    PayablesBench bench = new PayablesBench(http, engine.getIdentityService(),
        app.getBean(com.scfengine.supplychainfinance.Programmes.class), probe, sql, today);
    bench.setUp();
    say("Payables: uploading " + settings.payables() + " payables in one CSV file for " + PayablesBench.SUPPLIERS
        + " suppliers ...");
    PayablesBench.Upload upload = bench.upload(settings.payables());
    say(String.format(Locale.ROOT, "payables upload   %5d in %6.2f s = %6.0f /s   CPU %.2f ms each  SQL %.1f (%.1f trips)"
            + " each  GC %.0f ms", upload.payables(), upload.seconds(), upload.perSecond(), upload.cpuMillisEach(),
        upload.statementsEach(), upload.roundTripsEach(), upload.gcMillis()));
    if (settings.financings() == 0) {
      return new PayablesRun(upload, null);
    }
    int warningsBefore = engineWarnings.get();
    PayablesBench.Financing f = bench.finance(settings.financings(), settings.threads(), RUN_TIMEOUT_SECONDS);
    say(String.format(Locale.ROOT, "%-17s %5d in %6.1f s = %6.1f /s   p50 %6.0f ms  p95 %6.0f ms  p99 %6.0f ms"
            + "  max %6.0f ms  CPU %5.1f ms each  SQL %.0f (%.0f trips, %.1f commits) each  load %s"
            + "  engine warnings %d", "payables financed", f.financed(), f.seconds(), f.perSecond(), f.p50(), f.p95(),
        f.p99(), f.max(), f.cpuMillisEach(), f.statementsEach(), f.roundTripsEach(), f.commitsEach(),
        LoadRun.loadAverage(), engineWarnings.get() - warningsBefore));
    if (f.failedRequests() > 0) {
      say("  " + f.failedRequests() + " early-payment requests failed, the first: " + f.firstFailure());
    }
    if (!f.pending().isEmpty()) {
      say("  " + f.pending().size() + " did not reach FINANCED, e.g. " + bench.describe(f.pending().get(0)));
    }
    if (f.financedInDatabase() != f.financed()) {
      say("WARNING: the API shows " + f.financedInDatabase() + " FINANCED payables, the probe counted "
          + f.financed());
    }
    return new PayablesRun(upload, f);
  }

  // --------------------------------------------------------------------------------------------- report

  private void report(Round reported, List<Round> rounds, List<TradeProductBench.Result> trade, PayablesRun payables,
      List<TaskListBench.Timing> tasklist) throws IOException {
    LoadRun.Outcome product = reported.product();
    LoadRun.Outcome baseline = reported.baseline();
    double ratio = reported.ratio();
    result.put("product_per_s", round(product == null ? Double.NaN : product.perSecond()));
    result.put("baseline_per_s", round(baseline == null ? Double.NaN : baseline.perSecond()));
    result.put("ratio", round(ratio, 3));
    result.put("latency_ms", latency(product));
    result.put("baseline_latency_ms", latency(baseline));
    for (TradeProductBench.Result t : trade) {
      LoadRun.Outcome measured = t.measured();
      result.put(t.phase() + "_per_s", round(measured.perSecond()));
      Map<String, Object> detail = new LinkedHashMap<>(runs(measured).get(0));
      detail.put("latency_ms", latency(measured));
      detail.put("warmup", t.warmUp().submitted());
      detail.put("warmup_counted", t.warmUp().completed());
      detail.put("counted_status", t.status());
      detail.put("in_database", t.inDatabase());
      detail.putAll(t.details());
      result.put(t.phase(), detail);
    }
    if (payables != null) {
      PayablesBench.Upload u = payables.upload();
      PayablesBench.Financing f = payables.financing();
      result.put("payables_per_s", round(u.perSecond()));
      result.put("payables_upload_s", round(u.seconds(), 3));
      result.put("financings_per_s", round(f == null ? Double.NaN : f.perSecond()));
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("payables", u.payables());
      detail.put("suppliers", PayablesBench.SUPPLIERS);
      detail.put("upload_cpu_ms_per_payable", round(u.cpuMillisEach(), 3));
      detail.put("upload_sql_statements_per_payable", round(u.statementsEach(), 2));
      detail.put("upload_sql_round_trips_per_payable", round(u.roundTripsEach(), 2));
      detail.put("upload_commits", round(u.commitsEach() * u.payables()));
      detail.put("upload_gc_ms", round(u.gcMillis()));
      if (f != null) {
        detail.put("financings_asked", f.asked());
        detail.put("financed", f.financed());
        detail.put("financed_in_database", f.financedInDatabase());
        detail.put("financing_seconds", round(f.seconds()));
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("p50", round(f.p50()));
        latency.put("p95", round(f.p95()));
        latency.put("p99", round(f.p99()));
        latency.put("max", round(f.max()));
        detail.put("financing_latency_ms", latency);
        detail.put("cpu_ms_per_financing", round(f.cpuMillisEach()));
        detail.put("sql_statements_per_financing", round(f.statementsEach()));
        detail.put("sql_round_trips_per_financing", round(f.roundTripsEach()));
        detail.put("commits_per_financing", round(f.commitsEach()));
        detail.put("failed_requests", f.failedRequests());
        detail.put("not_financed", f.pending().size());
      }
      result.put("payables", detail);
    }
    Map<String, Object> pages = new LinkedHashMap<>();
    List<Map<String, Object>> details = new ArrayList<>();
    for (TaskListBench.Timing t : tasklist) {
      pages.put("open_" + t.openTasks(), round(t.page()));
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("open_tasks", t.openTasks());
      detail.put("filter_count", t.countValue());
      detail.put("created_in_s", round(t.createSeconds()));
      detail.put("page_created_desc_ms", round(t.page()));
      detail.put("page_due_asc_ms", round(t.pageByDue()));
      detail.put("count_ms", round(t.count()));
      detail.put("rest_hal_page_ms", round(t.rest()));
      detail.put("tasklist_hal_page_ms", round(t.tasklist()));
      details.add(detail);
    }
    result.put("tasklist_ms", pages);
    result.put("tasklist_detail", details);
    result.put("runs", runs(rounds.stream().flatMap(r -> java.util.stream.Stream.of(r.product(), r.baseline()))
        .toArray(LoadRun.Outcome[]::new)));
    if (rounds.size() > 1) {
      result.put("round_ratios", rounds.stream().map(r -> round(r.ratio(), 3)).toList());
      result.put("reported_round", rounds.indexOf(reported) + 1);
    }
    Map<String, Object> machine = machine();
    result.put("machine", machine);
    result.put("settings", settingsJson());
    result.put("engine", engineJson());
    Map<String, Object> checks = new LinkedHashMap<>();
    checks.put("engine_warnings", engineWarnings.get());
    checks.put("first_engine_warnings", firstWarnings);
    checks.put("jobs_with_exception", engine.getManagementService().createJobQuery().withException().count());
    checks.put("incidents", engine.getRuntimeService().createIncidentQuery().count());
    result.put("checks", checks);

    Path file = settings.dir().resolve("result.json");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), result);

    System.out.println();
    System.out.println("| Figure | Value |");
    System.out.println("| --- | --- |");
    row("database", database.description());
    row("machine", machine.get("cores") + " cores, heap " + machine.get("heap_max_mib") + " MiB, "
        + machine.get("java") + ", GC " + machine.get("gc"));
    row("clients / window", settings.threads() + " threads, at most " + settings.window() + " in flight");
    if (product != null) {
      row("product straight-through", String.format(Locale.ROOT, "%.1f applications/s (%d in %.1f s)",
          product.perSecond(), product.completed(), product.seconds()));
      row("product latency p50 / p95 / p99", String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms", product.p50(),
          product.p95(), product.p99()));
    }
    for (TradeProductBench.Result t : trade) {
      LoadRun.Outcome m = t.measured();
      row(t.phase(), String.format(Locale.ROOT, "%.1f applications/s (%d in %.1f s) to %s", m.perSecond(),
          m.completed(), m.seconds(), t.status()));
      row(t.phase() + " latency p50 / p95 / p99", String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms", m.p50(), m.p95(),
          m.p99()));
      row(t.phase() + " per application", String.format(Locale.ROOT, "CPU %.1f ms, SQL %.0f (%.0f trips), %.1f commits",
          m.cpuMillisEach(), m.statementsEach(), m.roundTripsEach(), m.commitsEach()));
    }
    if (payables != null) {
      PayablesBench.Upload u = payables.upload();
      row("payables upload (one CSV file)", String.format(Locale.ROOT, "%.0f payables/s (%d in %.2f s)",
          u.perSecond(), u.payables(), u.seconds()));
      PayablesBench.Financing f = payables.financing();
      if (f != null) {
        row("payables financed straight-through", String.format(Locale.ROOT,
            "%.1f financings/s (%d in %.1f s, %d a request)", f.perSecond(), f.financed(), f.seconds(),
            PayablesBench.BATCH));
        row("financing latency p50 / p95 / p99", String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms", f.p50(), f.p95(),
            f.p99()));
      }
    }
    if (baseline != null) {
      row("engine-only baseline", String.format(Locale.ROOT, "%.1f instances/s (%d in %.1f s)", baseline.perSecond(),
          baseline.completed(), baseline.seconds()));
      row("baseline latency p50 / p95 / p99", String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms", baseline.p50(),
          baseline.p95(), baseline.p99()));
    }
    if (product != null && baseline != null) {
      row("ratio product / baseline", String.format(Locale.ROOT, "%.2f", ratio) + (rounds.size() == 1 ? ""
          : " (round " + (rounds.indexOf(reported) + 1) + " of " + rounds.size() + ", the median; every round: "
              + rounds.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.ratio())).toList() + ")"));
    }
    for (TaskListBench.Timing t : tasklist) {
      row("Tasklist page, " + t.openTasks() + " open", String.format(Locale.ROOT,
          "%.1f ms (by due %.1f ms, count %.1f ms, REST/HAL %.1f ms, Tasklist's HAL %.1f ms)", t.page(), t.pageByDue(),
          t.count(), t.rest(), t.tasklist()));
    }
    row("engine warnings / incidents", engineWarnings.get() + " / " + checks.get("incidents"));
    row("result", file.toString());
  }

  private static Map<String, Object> latency(LoadRun.Outcome outcome) {
    Map<String, Object> latency = new LinkedHashMap<>();
    if (outcome != null) {
      latency.put("p50", round(outcome.p50()));
      latency.put("p95", round(outcome.p95()));
      latency.put("p99", round(outcome.p99()));
      latency.put("max", round(outcome.max()));
    }
    return latency;
  }

  /**
   * What H2 has written to its file since it was opened ({@code info.FILE_WRITE_BYTES}: the pages of every store
   * commit and of its compaction), or -1 on another database. Per application, this is the write amplification of
   * the rows an application adds. It moves far less than seconds with other work on the machine, though not at all
   * only at one rate: the fewer applications a second, the fewer share each store commit's pages.
   */
  private long h2BytesWritten() {
    if (!database.description().startsWith("H2")) {
      return -1;
    }
    try (Connection connection = app.getBean(DataSource.class).getConnection();
        var statement = connection.prepareStatement(
            "select setting_value from information_schema.settings where setting_name = 'info.FILE_WRITE_BYTES'");
        var rows = statement.executeQuery()) {
      return rows.next() ? Long.parseLong(rows.getString(1)) : -1;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not read what H2 has written", e);
    }
  }

  private List<Map<String, Object>> runs(LoadRun.Outcome... outcomes) {
    List<Map<String, Object>> runs = new ArrayList<>();
    for (LoadRun.Outcome o : outcomes) {
      if (o == null) {
        continue;
      }
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("label", o.label());
      run.put("submitted", o.submitted());
      run.put("disbursed", o.completed());
      run.put("seconds", round(o.seconds()));
      run.put("per_s", round(o.perSecond()));
      run.put("cpu_ms_per_application", round(o.cpuMillisEach()));
      run.put("jit_ms_per_application", round(o.jitMillisEach()));
      run.put("gc_ms_per_application", round(o.gcMillisEach()));
      run.put("sql_statements_per_application", round(o.statementsEach()));
      run.put("sql_round_trips_per_application", round(o.roundTripsEach()));
      run.put("commits_per_application", round(o.commitsEach()));
      run.put("h2_kb_written_per_application", round(h2KbWrittenEach.getOrDefault(o, Double.NaN)));
      run.put("load_average_after", o.loadAverage());
      run.put("failed_submissions", o.failedSubmissions());
      run.put("not_disbursed", o.pending().size());
      runs.add(run);
    }
    return runs;
  }

  private Map<String, Object> machine() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("heap_max_mib", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    machine.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining(", ")));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    try {
      Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
          .ifPresent(l -> machine.put("cpu", l.substring(l.indexOf(':') + 1).trim()));
    } catch (IOException | RuntimeException ignored) {
      // not Linux: no CPU model
    }
    return machine;
  }

  private Map<String, Object> settingsJson() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("clients", settings.threads());
    s.put("window", settings.window());
    s.put("warmup", settings.warmup());
    s.put("trade_warmup", settings.tradeWarmup());
    s.put("applications", settings.applications());
    s.put("baseline_applications", settings.baselineApplications());
    s.put("rounds", settings.rounds());
    s.put("sellers", settings.sellers());
    s.put("baseline_dmn", settings.baselineDmn());
    s.put("query_repeats", settings.queryRepeats());
    s.put("query_warmup", settings.queryWarmup());
    s.put("payables", settings.payables());
    s.put("financings", settings.financings());
    s.put("payables_suppliers", PayablesBench.SUPPLIERS);
    s.put("financings_per_request", PayablesBench.BATCH);
    return s;
  }

  private Map<String, Object> engineJson() {
    Map<String, Object> e = new LinkedHashMap<>();
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    e.put("history_level", configuration.getHistoryLevel().getName());
    Environment env = app.getEnvironment();
    for (String name : List.of("core-pool-size", "max-pool-size", "queue-capacity", "max-jobs-per-acquisition",
        "wait-time-in-millis", "max-wait", "backoff-time-in-millis")) {
      String value = env.getProperty("camunda.bpm.job-execution." + name);
      if (value != null) {
        e.put("job_executor_" + name.replace('-', '_'), value);
      }
    }
    e.put("hikari_maximum_pool_size", env.getProperty("spring.datasource.hikari.maximum-pool-size"));
    try (Connection connection = app.getBean(DataSource.class).getConnection()) {
      e.put("jdbc_url", connection.getMetaData().getURL());
      e.put("database_version", connection.getMetaData().getDatabaseProductName() + " "
          + connection.getMetaData().getDatabaseProductVersion());
    } catch (Exception ignored) {
      // reported elsewhere
    }
    return e;
  }

  /** Counts the engine's warnings and errors (failed jobs, optimistic locking) while the benchmark runs. */
  private void countEngineWarnings() {
    var logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.camunda.bpm");
    AppenderBase<ILoggingEvent> counter = new AppenderBase<>() {
      @Override
      protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
          engineWarnings.incrementAndGet();
          if (firstWarnings.size() < 5) {
            firstWarnings.add(event.getLoggerName() + ": " + event.getFormattedMessage());
          }
        }
      }
    };
    counter.setContext(logger.getLoggerContext());
    counter.start();
    logger.addAppender(counter);
  }

  private static void row(String figure, Object value) {
    System.out.println("| " + figure + " | " + value + " |");
  }

  private static Object round(double value) {
    return round(value, 1);
  }

  private static Object round(double value, int digits) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return null;
    }
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }

  private static void say(String line) {
    System.out.println("[bench] " + line);
    System.out.flush();
  }
}
