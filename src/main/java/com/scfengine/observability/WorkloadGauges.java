package com.scfengine.observability;

import com.scfengine.limits.Facilities;
import com.scfengine.process.AsSystem;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The gauges of work waiting, read from the database every {@code scf.observability.gauge-refresh} (30 s) on a
 * thread of their own — as the system (no Camunda authentication, so no authorisation joins) and outside any
 * request's transaction. A scrape reads the values last read and never queries. Each read is a count or a one-row
 * query, so it stays cheap with 100,000 open tasks:
 * <ul>
 *   <li>{@code scf.tasks.open{group}}, {@code scf.tasks.oldest.age{group}} (seconds): per candidate group named by
 *       the user tasks of the deployed models — a count, and the oldest task's creation time (one row);</li>
 *   <li>{@code scf.incidents.open{type}}: open incidents per incident type (failedJob, failedExternalTask);</li>
 *   <li>{@code scf.jobs.due}: jobs the job executor may run now (retries left, due, not suspended);
 *       {@code scf.jobs.failed}: jobs without retries left;</li>
 *   <li>{@code scf.limits.limit}, {@code scf.limits.utilised}, {@code scf.limits.utilisation} (utilised / limit)
 *       {kind, currency}: the facilities summed per kind and currency (amounts of different currencies are never
 *       added).</li>
 * </ul>
 * Every node reports the same shared database: a dashboard takes the maximum over nodes, not the sum.
 */
@Component
class WorkloadGauges implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(WorkloadGauges.class);
  /** A literal group id in a model (an expression such as {@code ${group}} is resolved per instance, not counted). */
  private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final List<String> INCIDENT_TYPES = List.of(Incident.FAILED_JOB_HANDLER_TYPE,
      Incident.EXTERNAL_TASK_HANDLER_TYPE);

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final Facilities facilities;
  private final ObservabilityProperties properties;
  private final Clock clock;

  private final MultiGauge openTasks;
  private final MultiGauge oldestTaskAge;
  private final MultiGauge openIncidents;
  private final MultiGauge limit;
  private final MultiGauge utilised;
  private final MultiGauge utilisation;
  private final AtomicLong dueJobs = new AtomicLong();
  private final AtomicLong failedJobs = new AtomicLong();
  /** Candidate groups per process definition id: a deployed definition never changes. */
  private final Map<String, Set<String>> groupsOfDefinition = new ConcurrentHashMap<>();

  private ScheduledExecutorService scheduler;

  WorkloadGauges(TaskService tasks, RuntimeService runtime, ManagementService management, RepositoryService repository,
      IdentityService identity, Facilities facilities, ObservabilityProperties properties, Clock clock,
      MeterRegistry registry) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.management = management;
    this.repository = repository;
    this.identity = identity;
    this.facilities = facilities;
    this.properties = properties;
    this.clock = clock;
    openTasks = MultiGauge.builder("scf.tasks.open").description("Open user tasks per candidate group, claimed or not")
        .register(registry);
    oldestTaskAge = MultiGauge.builder("scf.tasks.oldest.age").baseUnit("seconds")
        .description("Age of the oldest open user task per candidate group (0 without tasks)").register(registry);
    openIncidents = MultiGauge.builder("scf.incidents.open").description("Open incidents per incident type")
        .register(registry);
    Gauge.builder("scf.jobs.due", dueJobs, AtomicLong::get)
        .description("Jobs the job executor may run now: retries left, due, not suspended").register(registry);
    Gauge.builder("scf.jobs.failed", failedJobs, AtomicLong::get)
        .description("Jobs without retries left (each has an incident)").register(registry);
    limit = MultiGauge.builder("scf.limits.limit").description("Sum of facility limits per kind and currency")
        .register(registry);
    utilised = MultiGauge.builder("scf.limits.utilised").description("Sum utilised of facilities per kind and currency")
        .register(registry);
    utilisation = MultiGauge.builder("scf.limits.utilisation")
        .description("Utilised / limit of the facilities per kind and currency (0 to 1)").register(registry);
  }

  /** Reads every gauge's value from the database now. Safe to call from any thread; failures keep the last values. */
  public synchronized void refresh() {
    try {
      AsSystem.run(identity, () -> {
        refreshTasks();
        refreshIncidentsAndJobs();
      });
      refreshLimits();
    } catch (RuntimeException e) {
      log.warn("Metrics: reading the gauges failed, the last values stay: {}", e.toString());
    }
  }

  private void refreshTasks() {
    long now = clock.millis();
    List<MultiGauge.Row<?>> open = new ArrayList<>();
    List<MultiGauge.Row<?>> oldest = new ArrayList<>();
    for (String group : candidateGroups()) {
      long count = tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().count();
      double age = 0;
      if (count > 0) {
        List<Task> first = tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
            .orderByTaskCreateTime().asc().listPage(0, 1);
        if (!first.isEmpty() && first.get(0).getCreateTime() != null) {
          age = Math.max(0, now - first.get(0).getCreateTime().getTime()) / 1000.0;
        }
      }
      open.add(MultiGauge.Row.of(Tags.of("group", group), count));
      oldest.add(MultiGauge.Row.of(Tags.of("group", group), age));
    }
    openTasks.register(open, true);
    oldestTaskAge.register(oldest, true);
  }

  /** The literal candidate groups of the user tasks in the latest version of every deployed process, bounded. */
  private Collection<String> candidateGroups() {
    Set<String> groups = new TreeSet<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      groups.addAll(groupsOfDefinition.computeIfAbsent(definition.getId(), this::groupsOf));
    }
    return groups.stream().limit(properties.maxCandidateGroups()).toList();
  }

  private Set<String> groupsOf(String definitionId) {
    Set<String> groups = new TreeSet<>();
    for (UserTask task : repository.getBpmnModelInstance(definitionId).getModelElementsByType(UserTask.class)) {
      String candidates = task.getCamundaCandidateGroups();
      if (candidates != null) {
        for (String group : candidates.split(",")) {
          if (GROUP_ID.matcher(group.strip()).matches()) {
            groups.add(group.strip());
          }
        }
      }
    }
    return groups;
  }

  private void refreshIncidentsAndJobs() {
    List<MultiGauge.Row<?>> incidents = new ArrayList<>();
    for (String type : INCIDENT_TYPES) {
      incidents.add(MultiGauge.Row.of(Tags.of("type", type), runtime.createIncidentQuery().incidentType(type).count()));
    }
    openIncidents.register(incidents, true);
    dueJobs.set(management.createJobQuery().executable().active().count());
    failedJobs.set(management.createJobQuery().noRetriesLeft().count());
  }

  private void refreshLimits() {
    List<MultiGauge.Row<?>> limits = new ArrayList<>();
    List<MultiGauge.Row<?>> used = new ArrayList<>();
    List<MultiGauge.Row<?>> ratio = new ArrayList<>();
    for (Facilities.Totals totals : facilities.totals()) {
      Tags tags = Tags.of("kind", totals.kind().name(), "currency", totals.currency());
      BigDecimal sumLimit = totals.limit() == null ? BigDecimal.ZERO : totals.limit();
      BigDecimal sumUtilised = totals.utilised() == null ? BigDecimal.ZERO : totals.utilised();
      limits.add(MultiGauge.Row.of(tags, sumLimit.doubleValue()));
      used.add(MultiGauge.Row.of(tags, sumUtilised.doubleValue()));
      ratio.add(MultiGauge.Row.of(tags, sumLimit.signum() == 0 ? 0.0
          : sumUtilised.divide(sumLimit, MathContext.DECIMAL64).doubleValue()));
    }
    limit.register(limits, true);
    utilised.register(used, true);
    utilisation.register(ratio, true);
  }

  @Override
  public synchronized void start() {
    scheduler = Executors.newSingleThreadScheduledExecutor(work -> {
      Thread thread = new Thread(work, "scf-metrics-gauges");
      thread.setDaemon(true);
      return thread;
    });
    long every = properties.gaugeRefresh().toMillis();
    scheduler.scheduleWithFixedDelay(this::refresh, 0, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }

  /** Started last, once the engine and the database are up; stopped first. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 100;
  }
}
