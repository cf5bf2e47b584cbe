package com.scfengine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credit analysts' Tasklist page with many open tasks. Tasks come from a tiny process — one user task with a
 * due date and the six variables Tasklist shows as columns — started in batches through the engine API (several
 * starts per transaction, a few threads). The tasks go in turn to the {@link #GROUPS} of the credit and operations
 * teams, as a bank's open work is spread: the analysts see one task in four. Then the page is
 * read as Tasklist reads it and timed several times:
 * <ul>
 *   <li>{@code page}: the query of the shipped filter "My group's tasks" (candidate group of the user,
 *       unassigned) with Tasklist's default sorting (created, newest first), first 50 rows — the headline figure;</li>
 *   <li>{@code page_by_due}: the same ordered by due date, soonest first;</li>
 *   <li>{@code count}: the filter's count (Tasklist shows it next to the filter);</li>
 *   <li>{@code rest}: {@code POST /engine-rest/filter/{id}/list} as HAL with the column variables, signed in as
 *       {@code analyst} by HTTP Basic: Tasklist's request as a REST client sends it, through HTTP, security and
 *       JSON;</li>
 *   <li>{@code tasklist}: the same request at Tasklist's own door, {@code /camunda/api/engine/engine/default}, in
 *       the analyst's Tasklist session (signed in once, with its XSRF token), as Tasklist itself sends it.</li>
 * </ul>
 */
final class TaskListBench {

  static final String PROCESS = "bench-analyst-task";
  private static final int BATCH = 200;
  /** The teams the open tasks are spread over, the credit analysts first. */
  static final List<String> GROUPS = List.of("credit-analysts", "credit-approvers", "trade-operations",
      "credit-committee");

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final FilterService filters;
  private final IdentityService identity;
  private final TransactionTemplate transaction;
  private final Http http;
  /** The analyst signed in at Tasklist's own door, once. */
  private Http tasklist;
  private int created;

  TaskListBench(RepositoryService repository, RuntimeService runtime, TaskService tasks, FilterService filters,
      IdentityService identity, PlatformTransactionManager transactions, Http http) {
    this.repository = repository;
    this.runtime = runtime;
    this.tasks = tasks;
    this.filters = filters;
    this.identity = identity;
    this.transaction = new TransactionTemplate(transactions);
    this.http = http;
  }

  record Timing(int openTasks, double createSeconds, double page, double pageByDue, double count, double rest,
      double tasklist, long countValue) {}

  void deploy() {
    repository.createDeployment().name("benchmark-tasklist").addModelInstance(PROCESS + ".bpmn",
        Bpmn.createExecutableProcess(PROCESS).name("Benchmark: analyst task").camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Bench")
            .userTask("UserTask_ReviewCredit").name("Review credit")
              .camundaCandidateGroups("${candidateGroup}").camundaDueDate("${dueAt}")
            .endEvent("EndEvent_Bench")
            .done()).deploy();
  }

  /**
   * Opens tasks until {@code total} are open, then times the page: each query first runs {@code warmup} times
   * untimed, at a later size once (the JIT's work is done once; one run fills the caches).
   */
  Timing measureAt(int total, int warmup, int repeats, int threads) throws Exception {
    long start = System.nanoTime();
    createUpTo(total, threads);
    double createSeconds = (System.nanoTime() - start) / 1e9;

    String filterId = myGroupsTasksFilter();
    long countValue = asAnalyst(() -> filters.count(filterId));
    long analysts = (total + GROUPS.size() - 1) / GROUPS.size(); // tasks 0, 4, 8, ...
    if (countValue < analysts) {
      throw new IllegalStateException("The filter counts " + countValue + " tasks, expected at least " + analysts);
    }
    int untimed = compiled ? 1 : Math.max(1, warmup);
    compiled = true;
    double page = time(untimed, repeats, () -> asAnalyst(() -> filters.listPage(filterId, sorted().orderByTaskCreateTime().desc(), 0, 50)));
    double byDue = time(untimed, repeats, () -> asAnalyst(() -> filters.listPage(filterId, sorted().orderByDueDate().asc(), 0, 50)));
    double count = time(untimed, repeats, () -> asAnalyst(() -> filters.count(filterId)));
    String body = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
    String list = "/filter/" + filterId + "/list?firstResult=0&maxResults=50";
    Http rest = http.as("analyst");
    if (tasklist == null) {
      tasklist = http.tasklist("analyst");
    }
    Http signedIn = tasklist;
    String restPage = "/engine-rest" + list;
    String tasklistPage = "/camunda/api/engine/engine/default" + list;
    checkHalPage(rest.postHal(restPage, body), countValue);
    checkHalPage(signedIn.postHal(tasklistPage, body), countValue);
    double restMillis = time(untimed, repeats, () -> rest.postHal(restPage, body));
    double tasklistMillis = time(untimed, repeats, () -> signedIn.postHal(tasklistPage, body));
    return new Timing(total, createSeconds, page, byDue, count, restMillis, tasklistMillis, countValue);
  }

  private static void checkHalPage(JsonNode hal, long countValue) {
    if (hal.path("count").asLong(-1) != countValue || hal.path("_embedded").path("task").size() != 50) {
      throw new IllegalStateException("The HAL page is not Tasklist's (its count and fifty tasks): "
          + hal.path("count") + " counted, " + hal.path("_embedded").path("task").size() + " tasks");
    }
  }

  private TaskQuery sorted() {
    return tasks.createTaskQuery();
  }

  private String myGroupsTasksFilter() {
    Filter filter = filters.createTaskFilterQuery().filterName("My group's tasks").singleResult();
    if (filter == null) {
      throw new IllegalStateException("The shipped filter \"My group's tasks\" is missing");
    }
    return filter.getId();
  }

  private <T> T asAnalyst(Supplier<T> work) {
    identity.setAuthentication("analyst", List.of("credit-analysts"));
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Median of {@code repeats} timed runs, after {@code untimed} runs that fill the caches and, the first time, let
   * the JIT compile the query's code as a busy Tasklist has. Before each run, one open task changes (its priority),
   * as tasks do all day: without a write H2 answers a repeated query from its result cache (OPTIMIZE_REUSE_RESULTS)
   * and the figure would time the cache, not the query.
   */
  private double time(int untimed, int repeats, Supplier<?> work) {
    for (int i = 0; i < untimed; i++) {
      touchATask();
      work.get();
    }
    double[] millis = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      touchATask();
      long start = System.nanoTime();
      Object result = work.get();
      millis[i] = (System.nanoTime() - start) / 1e6;
      if (result instanceof List<?> list && list.size() != 50 && list.size() != 0) {
        throw new IllegalStateException("A page of " + list.size() + " tasks");
      }
    }
    return Tracker.median(millis);
  }

  private void touchATask() {
    Task task = tasks.createTaskQuery().processDefinitionKey(PROCESS).listPage(touches % 1000, 1).get(0);
    tasks.setPriority(task.getId(), 50 + touches++ % 2);
  }

  private int touches;
  /** Whether the queries have been warmed up in this JVM (at a later size one untimed run fills the caches). */
  private boolean compiled;

  private void createUpTo(int total, int threads) throws Exception {
    int wanted = total - created;
    if (wanted <= 0) {
      return;
    }
    AtomicInteger next = new AtomicInteger();
    int batches = (wanted + BATCH - 1) / BATCH;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> running = new ArrayList<>();
    int base = created;
    for (int t = 0; t < threads; t++) {
      running.add(pool.submit(() -> {
        for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
          int from = b * BATCH;
          int to = Math.min(wanted, from + BATCH);
          transaction.executeWithoutResult(tx -> {
            for (int i = from; i < to; i++) {
              int n = base + i;
              runtime.startProcessInstanceByKey(PROCESS, "TASK-" + n, variables(n, today));
            }
          });
        }
        return null;
      }));
    }
    pool.shutdown();
    for (Future<?> f : running) {
      f.get();
    }
    created = total;
  }

  private static Map<String, Object> variables(int n, LocalDate today) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("applicationId", "FACTORING-BENCH-" + n);
    v.put("applicantName", "Bench Seller " + (n % 500) + " Ltd");
    v.put("faceAmount", (100000 + n % 900000) + ".00");
    v.put("currency", "USD");
    v.put("product", "FACTORING");
    LocalDate due = today.plusDays(1 + n % 90);
    v.put("dueDate", due.toString());
    v.put("candidateGroup", GROUPS.get(n % GROUPS.size()));
    v.put("dueAt", Date.from(due.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(n % 86400)));
    return v;
  }

  /** First task of the page, to check that it is the analysts' work. */
  Task firstOfPage() {
    return asAnalyst(() -> filters.<Task>listPage(myGroupsTasksFilter(), 0, 1).stream().findFirst().orElse(null));
  }
}
