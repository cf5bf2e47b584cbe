package com.scfengine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.support.Workflow;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A team working one task of a process as it comes, through the engine's REST API as Tasklist does: one thread reads
 * the open tasks ({@code GET /engine-rest/task}, up to {@link #BATCH} at a time, again at once when it found new ones,
 * after {@link #IDLE_MILLIS} when not), and {@code workers} submit each one's form
 * ({@code POST /engine-rest/task/{id}/submit-form}) as the team's user. Every task is submitted once.
 */
final class TaskDesk {

  static final int BATCH = 50;
  static final long IDLE_MILLIS = 20;

  private final Http user;
  private final String query;
  private final Map<String, Object> form;
  private final int workers;
  private final Set<String> taken = ConcurrentHashMap.newKeySet();
  private final AtomicInteger reads = new AtomicInteger();
  private final AtomicInteger submitted = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicReference<String> firstFailure = new AtomicReference<>();
  private volatile boolean open;
  private Thread reader;
  private ExecutorService pool;

  /** The team's {@code user} submits {@code values} as the form of every open {@code taskKey} of {@code process}. */
  TaskDesk(Http user, String process, String taskKey, Map<String, Object> values, int workers) {
    this.user = user;
    this.query = "/engine-rest/task?processDefinitionKey=" + process + "&taskDefinitionKey=" + taskKey
        + "&maxResults=" + BATCH;
    this.form = Map.of("variables", Workflow.formVariables(values));
    this.workers = workers;
  }

  void open() {
    open = true;
    pool = LoadRun.threads(workers, "bench-desk");
    reader = new Thread(this::read, "bench-desk-reader");
    reader.setDaemon(true);
    reader.start();
  }

  void close() throws InterruptedException {
    open = false;
    reader.join(TimeUnit.SECONDS.toMillis(30));
    pool.shutdown();
    pool.awaitTermination(60, TimeUnit.SECONDS);
  }

  /** How often the queue was read. */
  int reads() {
    return reads.get();
  }

  int submitted() {
    return submitted.get();
  }

  int failed() {
    return failed.get();
  }

  String firstFailure() {
    return firstFailure.get();
  }

  private void read() {
    while (open) {
      int found = 0;
      try {
        reads.incrementAndGet();
        for (JsonNode task : user.get(query)) {
          String id = task.path("id").asText();
          if (taken.add(id)) {
            found++;
            pool.submit(() -> submit(id));
          }
        }
      } catch (RuntimeException e) {
        fail(e);
      }
      if (found == 0) {
        try {
          Thread.sleep(IDLE_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void submit(String taskId) {
    try {
      user.post("/engine-rest/task/" + taskId + "/submit-form", form);
      submitted.incrementAndGet();
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  private void fail(RuntimeException e) {
    failed.incrementAndGet();
    firstFailure.compareAndSet(null, e.toString());
  }
}
