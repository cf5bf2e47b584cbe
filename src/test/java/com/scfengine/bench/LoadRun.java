package com.scfengine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Submits {@code count} applications from {@code threads} concurrent clients, never more than
 * {@code window} in flight (submitted and not yet disbursed), and waits until all of them have passed the
 * disbursement. Throughput = count / (last disbursement − first submission); latency = submission to
 * disbursement of each application.
 */
final class LoadRun {

  /** Starts application number {@code seq} and returns its business key (the application id). */
  interface Submitter {
    String submit(int seq) throws Exception;
  }

  /**
   * Runs a load as the benchmark runs each of its phases ({@code FinancingBenchmark.load}): with its clients, window
   * and probe, its figures printed as they come.
   */
  interface Runner {
    Outcome run(String label, int count, Submitter submitter) throws InterruptedException;
  }

  record Outcome(String label, int submitted, long completed, double seconds, double perSecond, double p50,
      double p95, double p99, double max, int failedSubmissions, String firstFailure, List<String> pending,
      double cpuMillisEach, String loadAverage, double statementsEach, double roundTripsEach, double commitsEach,
      double jitMillisEach, double gcMillisEach) {
    boolean complete() {
      return pending.isEmpty() && failedSubmissions == 0;
    }
  }

  /** How long the benchmark waits without a single application passing the disbursement before giving up. */
  static final long STALL_SECONDS = 90;

  private LoadRun() {}

  /** Waits for all, or until nothing has moved for {@link #STALL_SECONDS} (e.g. applications were rejected). */
  static boolean awaitProgress(Tracker tracker, long timeoutSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    long seen = -1;
    long movedAt = System.nanoTime();
    while (System.nanoTime() < deadline) {
      if (tracker.awaitAll(1, TimeUnit.SECONDS)) {
        return true;
      }
      long now = tracker.completed();
      if (now != seen) {
        seen = now;
        movedAt = System.nanoTime();
      } else if (System.nanoTime() - movedAt > TimeUnit.SECONDS.toNanos(STALL_SECONDS)) {
        return false;
      }
    }
    return false;
  }

  static Outcome run(String label, int count, int threads, int window, Submitter submitter, DisbursedProbe probe,
      SqlCounter sql, long timeoutSeconds) throws InterruptedException {
    Tracker tracker = new Tracker(count, window);
    long cpuBefore = processCpuNanos();
    long jitBefore = jitMillis();
    long gcBefore = gcMillis();
    SqlCounter.Snapshot sqlBefore = sql == null ? null : sql.snapshot();
    probe.reportTo(tracker);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger attempted = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    ExecutorService clients = threads(threads, "bench-client");
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      running.add(clients.submit(() -> {
        for (int seq = next.getAndIncrement(); seq < count; seq = next.getAndIncrement()) {
          tracker.enter();
          attempted.incrementAndGet();
          long start = System.nanoTime();
          try {
            tracker.submitted(submitter.submit(seq), start);
          } catch (Exception e) {
            tracker.abandon();
            failed.incrementAndGet();
            firstFailure.compareAndSet(null, e.toString());
            if (failed.get() > 20) {
              next.set(count + threads); // something is broken: stop every client
              return null;
            }
          }
        }
        return null;
      }));
    }
    clients.shutdown();
    clients.awaitTermination(timeoutSeconds, TimeUnit.SECONDS);
    tracker.skip(count - attempted.get());
    boolean all = awaitProgress(tracker, timeoutSeconds);
    if (!all) {
      Thread.sleep(1000); // give stragglers a moment before reporting what is missing
    }
    probe.reportTo(null);
    clients.shutdownNow();
    long cpu = processCpuNanos() - cpuBefore;
    long jit = jitBefore < 0 ? -1 : jitMillis() - jitBefore; // -1: not measured, reported as NaN
    long gc = gcMillis() - gcBefore;
    SqlCounter.Snapshot sqlUsed = sql == null ? null : sql.snapshot().minus(sqlBefore);

    double[] latencies = tracker.latenciesMillis();
    long[] span = tracker.span();
    double seconds = latencies.length == 0 ? Double.NaN : (span[1] - span[0]) / 1e9;
    return new Outcome(label, count - failed.get(), latencies.length, seconds, latencies.length / seconds,
        Tracker.percentile(latencies, 50), Tracker.percentile(latencies, 95), Tracker.percentile(latencies, 99),
        latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1], failed.get(), firstFailure.get(),
        tracker.pending(), latencies.length == 0 ? Double.NaN : cpu / 1e6 / latencies.length, loadAverage(),
        each(sqlUsed == null ? -1 : sqlUsed.statements(), latencies.length),
        each(sqlUsed == null ? -1 : sqlUsed.roundTrips(), latencies.length),
        each(sqlUsed == null ? -1 : sqlUsed.commits(), latencies.length), each(jit, latencies.length),
        each(gc, latencies.length));
  }

  /** A pool of {@code count} daemon threads named {@code name}: they never keep the benchmark's JVM alive. */
  static ExecutorService threads(int count, String name) {
    return Executors.newFixedThreadPool(count, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  private static double each(long total, int count) {
    return total < 0 || count == 0 ? Double.NaN : (double) total / count;
  }

  /** CPU time of this whole JVM (product, clients, GC, JIT): per application it is robust to other load. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /**
   * Time the JIT compilers spent so far (on 2 busy cores they compete with the work: the CPU per application kept
   * falling for thousands of applications while this grew).
   */
  static long jitMillis() {
    java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
  }

  /** Time the garbage collectors spent so far, all collectors together. */
  static long gcMillis() {
    return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
  }

  /** The machine's 1, 5 and 15 minute load averages: other work on the machine shows here. */
  static String loadAverage() {
    try {
      String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
