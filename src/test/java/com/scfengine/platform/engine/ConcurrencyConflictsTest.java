package com.scfengine.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Two transactions colliding over an application's row (a seller's record, a facility) are retried at once like the
 * engine's own conflicts — retries and due date untouched, no incident — while a real failure still takes the
 * model's retry cycle.
 */
class ConcurrencyConflictsTest {

  /** What the step throws on its next runs; empty: it succeeds. */
  static final java.util.Deque<Supplier<RuntimeException>> FAILURES = new java.util.concurrent.ConcurrentLinkedDeque<>();
  static final AtomicInteger RUNS = new AtomicInteger();

  /** The step under test. */
  public static class Step implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      RUNS.incrementAndGet();
      Supplier<RuntimeException> next = FAILURES.poll();
      if (next != null) {
        throw next.get();
      }
    }
  }

  private ProcessEngine engine;

  @BeforeEach
  void engineWithThePlugin() {
    FAILURES.clear();
    RUNS.set(0);
    StandaloneInMemProcessEngineConfiguration configuration =
        EngineTestSupport.engineOn("jdbc:h2:mem:conflicts;DB_CLOSE_DELAY=-1", "conflicts");
    configuration.getProcessEnginePlugins().add(new ConcurrencyConflicts());
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("step.bpmn",
        Bpmn.createExecutableProcess("step").camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("ServiceTask_Step").camundaClass(Step.class.getName()).camundaAsyncBefore()
            .camundaFailedJobRetryTimeCycle("R3/PT30S")
            .userTask("UserTask_After").endEvent().done()).deploy();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void aRowConflictOfTheApplicationsOwnIsRunAgainAtOnceWithoutUsingARetry() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("step").getId();
    Job before = job();
    FAILURES.add(() -> new ObjectOptimisticLockingFailureException("Enterprise", "SME-001"));
    FAILURES.add(() -> new CannotAcquireLockException("lock wait timeout"));

    assertThatThrownBy(() -> engine.getManagementService().executeJob(before.getId()))
        .isInstanceOf(OptimisticLockingException.class).hasRootCauseInstanceOf(ObjectOptimisticLockingFailureException.class);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(before.getId()))
        .isInstanceOf(OptimisticLockingException.class);

    Job after = job();
    assertThat(after.getRetries()).as("retries untouched").isEqualTo(before.getRetries());
    assertThat(after.getDuedate()).as("due at once, not in 30 s").isEqualTo(before.getDuedate());
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();

    engine.getManagementService().executeJob(after.getId());
    assertThat(RUNS.get()).isEqualTo(3);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult()
        .getTaskDefinitionKey()).isEqualTo("UserTask_After");
  }

  @Test
  void aRealFailureStillTakesTheModelsRetryCycle() {
    engine.getRuntimeService().startProcessInstanceByKey("step");
    Job before = job();
    FAILURES.add(() -> new DataIntegrityViolationException("value too long for column"));

    assertThatThrownBy(() -> engine.getManagementService().executeJob(before.getId()))
        .isInstanceOf(DataIntegrityViolationException.class);

    Job after = job();
    assertThat(after.getRetries()).as("R3: three tries, one used").isEqualTo(2);
    assertThat(after.getDuedate()).as("put back by the cycle's 30 s").isAfter(new java.util.Date());
    assertThat(after.getExceptionMessage()).contains("value too long");
  }

  @Test
  void whatCountsAsAConflict() {
    assertThat(ConcurrencyConflicts.isConflict(new ObjectOptimisticLockingFailureException("Enterprise", "x"))).isTrue();
    assertThat(ConcurrencyConflicts.isConflict(new CannotAcquireLockException("timeout"))).isTrue();
    assertThat(ConcurrencyConflicts.isConflict(new RuntimeException("wrapped",
        new jakarta.persistence.OptimisticLockException("stale")))).isTrue();
    assertThat(ConcurrencyConflicts.isConflict(new RuntimeException("flush",
        new org.hibernate.StaleObjectStateException("Enterprise", "x")))).isTrue();
    assertThat(ConcurrencyConflicts.isConflict(new IllegalStateException("commit",
        new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001")))).isTrue();
    assertThat(ConcurrencyConflicts.isConflict(new DataIntegrityViolationException("duplicate key"))).isFalse();
    assertThat(ConcurrencyConflicts.isConflict(new IllegalStateException("no facility"))).isFalse();
  }

  private Job job() {
    return engine.getManagementService().createJobQuery().singleResult();
  }
}
