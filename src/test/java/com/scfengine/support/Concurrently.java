package com.scfengine.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a task {@code count} times at once from a thread pool and returns every result, in order. */
public final class Concurrently {

  public interface Task<T> {
    T run(int i) throws Exception;
  }

  public static <T> List<T> run(int count, Task<T> task) throws Exception {
    return run(count, 16, task);
  }

  /** As {@link #run(int, Task)}, from {@code threads} threads (clients) at most. */
  public static <T> List<T> run(int count, int threads, Task<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, threads));
    try {
      List<Callable<T>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        calls.add(() -> task.run(n));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(calls)) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private Concurrently() {}
}
