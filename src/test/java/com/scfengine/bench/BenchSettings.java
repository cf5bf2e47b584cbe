package com.scfengine.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the benchmark does, from system properties ({@code -Dbench.…}; the {@code bench} Maven profile passes
 * them on with defaults):
 * <ul>
 *   <li>{@code bench.db} h2 (default: an H2 file under {@code bench.dir}) or mysql (database {@code scf_bench},
 *       dropped and created by the benchmark; {@code bench.mysql.host/port/user/password})</li>
 *   <li>{@code bench.threads} concurrent clients (12), {@code bench.window} applications in flight at most (48)</li>
 *   <li>{@code bench.sellers} the sellers (each with its own buyer) the applications go round (50); 1 sends every
 *       client's applications for one seller, the burst of a bank's largest client; as many forfaiting exporters and
 *       import L/C applicants</li>
 *   <li>{@code bench.warmup} applications before measuring (5000: the JIT keeps compiling for thousands), {@code bench.applications} measured (1000 per round)</li>
 *   <li>{@code bench.trade.warmup} forfaiting deals and import L/Cs each before measuring them (the smaller of 1000 and
 *       {@code bench.warmup}: they run on the engine the product phase has warmed up); each of the two phases then
 *       measures {@code bench.applications}, once</li>
 *   <li>{@code bench.rounds} product and baseline measured in turn this many times (5); the round with the median
 *       ratio is reported, every round is in {@code result.json}</li>
 *   <li>{@code bench.baseline.applications} the baseline's applications per round (twice {@code bench.applications}:
 *       the engine alone is about twice as fast, so its rounds last as long as the product's — a round of a few
 *       seconds moved the ratio by a third between rounds)</li>
 *   <li>{@code bench.tasks} open-task counts at which the Tasklist page is timed (10000,100000)</li>
 *   <li>{@code bench.payables} payables the core enterprise uploads in one CSV file in the payables phase (10000),
 *       {@code bench.financings} of them its suppliers have paid early, straight through (1000)</li>
 *   <li>{@code bench.phases} any of {@link #PHASES} (all)</li>
 *   <li>{@code bench.baseline.dmn} whether the baseline evaluates the same DMN tables (true)</li>
 *   <li>{@code bench.query.repeats} timed runs of each task-list query, the median reported (11), each query first
 *       run untimed until it has run {@code bench.query.warmup} times (1000: Tasklist's page, its REST and JSON code,
 *       runs a quarter longer after a hundred requests than after a thousand, and a bank's Tasklist serves it all
 *       day)</li>
 * </ul>
 */
record BenchSettings(String db, Path dir, int threads, int window, int sellers, int warmup, int tradeWarmup,
    int applications, int baselineApplications, int rounds, int payables, int financings,
    List<Integer> openTasks, Set<String> phases, boolean baselineDmn, int queryRepeats, int queryWarmup,
    String mysqlHost, int mysqlPort, String mysqlUser, String mysqlPassword, String mysqlDatabase) {

  /** The phases, in the order they run. */
  static final List<String> PHASES = List.of("product", "baseline", "forfaiting", "importlc", "payables", "tasklist");

  static BenchSettings fromSystemProperties() {
    String db = text("bench.db", "h2").toLowerCase(Locale.ROOT);
    if (!db.equals("h2") && !db.equals("mysql")) {
      throw new IllegalArgumentException("bench.db must be h2 or mysql, not " + db);
    }
    int applications = number("bench.applications", 1000);
    int warmup = number("bench.warmup", 5000);
    Set<String> phases = new LinkedHashSet<>(Arrays.stream(text("bench.phases", String.join(",", PHASES)).split(","))
        .map(String::trim).map(s -> s.toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList());
    List<String> unknown = phases.stream().filter(phase -> !PHASES.contains(phase)).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("bench.phases: no phase " + unknown + "; the phases are " + PHASES);
    }
    int payables = positive("bench.payables", 10_000);
    int financings = number("bench.financings", 1000);
    if (financings > payables) {
      throw new IllegalArgumentException("bench.financings (" + financings + ") must not exceed bench.payables ("
          + payables + ")");
    }
    return new BenchSettings(db,
        Path.of(text("bench.dir", "target/bench")).toAbsolutePath().normalize(),
        number("bench.threads", 12),
        number("bench.window", 48),
        positive("bench.sellers", 50),
        warmup,
        number("bench.trade.warmup", Math.min(warmup, 1000)),
        applications,
        number("bench.baseline.applications", 2 * applications),
        positive("bench.rounds", 5),
        payables,
        financings,
        Arrays.stream(text("bench.tasks", "10000,100000").split(",")).map(String::trim).filter(s -> !s.isEmpty())
            .map(Integer::valueOf).sorted().toList(),
        phases,
        Boolean.parseBoolean(text("bench.baseline.dmn", "true")),
        number("bench.query.repeats", 11),
        number("bench.query.warmup", 1000),
        text("bench.mysql.host", "127.0.0.1"),
        number("bench.mysql.port", 3306),
        text("bench.mysql.user", "root"),
        text("bench.mysql.password", ""),
        text("bench.mysql.database", "scf_bench"));
  }

  boolean runs(String phase) {
    return phases.contains(phase);
  }

  private static String text(String name, String otherwise) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? otherwise : value.trim();
  }

  private static int positive(String name, int otherwise) {
    int value = number(name, otherwise);
    if (value == 0) {
      throw new IllegalArgumentException(name + " must be at least 1");
    }
    return value;
  }

  private static int number(String name, int otherwise) {
    int value = Integer.parseInt(text(name, Integer.toString(otherwise)));
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
    return value;
  }
}
