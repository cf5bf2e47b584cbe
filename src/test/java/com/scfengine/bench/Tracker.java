package com.scfengine.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Submission and completion times of one run, by business key. Either may come first (a fast instance
 * can pass the disbursement before its client has read the 201). Every completion frees a place in the
 * window of applications in flight.
 */
final class Tracker {

  private final ConcurrentHashMap<String, long[]> times = new ConcurrentHashMap<>();
  private final Semaphore window;
  private final CountDownLatch all;

  Tracker(int expected, int window) {
    this.window = new Semaphore(window);
    this.all = new CountDownLatch(expected);
  }

  void enter() throws InterruptedException {
    window.acquire();
  }

  /** Places for a batch of {@code count} submitted in one request. */
  void enter(int count) throws InterruptedException {
    window.acquire(count);
  }

  /** A submission that failed: its place is free again and it will never complete. */
  void abandon() {
    window.release();
    all.countDown();
  }

  /** Applications that were never submitted (the clients gave up). */
  void skip(int count) {
    for (int i = 0; i < count; i++) {
      all.countDown();
    }
  }

  void submitted(String key, long nanos) {
    times.compute(key, (k, t) -> {
      long[] v = t == null ? new long[2] : t;
      v[0] = nanos;
      return v;
    });
  }

  void done(String key, long nanos) {
    boolean[] first = new boolean[1];
    times.compute(key, (k, t) -> {
      long[] v = t == null ? new long[2] : t;
      if (v[1] == 0) {
        v[1] = nanos;
        first[0] = true;
      }
      return v;
    });
    if (first[0]) {
      window.release();
      all.countDown();
    }
  }

  boolean awaitAll(long timeout, TimeUnit unit) throws InterruptedException {
    return all.await(timeout, unit);
  }

  long completed() {
    return times.values().stream().filter(v -> v[1] != 0).count();
  }

  /** Keys submitted that have not completed. */
  List<String> pending() {
    return times.entrySet().stream().filter(e -> e.getValue()[0] != 0 && e.getValue()[1] == 0)
        .map(java.util.Map.Entry::getKey).toList();
  }

  /** [first submission, last completion] of the submitted keys, in nanos. */
  long[] span() {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (long[] v : times.values()) {
      if (v[0] != 0 && v[1] != 0) {
        first = Math.min(first, v[0]);
        last = Math.max(last, v[1]);
      }
    }
    return new long[] {first, last};
  }

  /** Latencies in milliseconds, sorted, of every key that was both submitted and completed. */
  double[] latenciesMillis() {
    return times.values().stream().filter(v -> v[0] != 0 && v[1] != 0)
        .mapToDouble(v -> (v[1] - v[0]) / 1_000_000.0).sorted().toArray();
  }

  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double median(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return percentile(copy, 50);
  }
}
