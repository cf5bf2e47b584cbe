package com.scfengine.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.support.DatabaseTest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The product's engine answers Tasklist's pages with the page form on the real database (H2, and MySQL/MariaDB
 * under {@code -Pmysql}), and the answer is Camunda's own statement's: both asked in one command, as the analyst.
 */
@DatabaseTest
class TaskListPagesDatabaseTest {

  /** A key of this run's own: MySQL keeps the tasks of earlier runs, with the same clock times. */
  private static final String PROCESS = "task-list-pages-" + UUID.randomUUID().toString().substring(0, 8);
  private static final List<String> GROUPS = List.of("credit-analysts");

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;

  @Test
  void theAnalystsPagesAreCamundasAnswer() {
    engine.getRepositoryService().createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn",
        Bpmn.createExecutableProcess(PROCESS).name("Task list pages test").camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Pages")
            .userTask("UserTask_Review").name("Review credit").camundaCandidateGroups("credit-analysts")
              .camundaDueDate("${dueAt}")
            .endEvent("EndEvent_Pages").done()).deploy();
    Instant start = Instant.parse("2026-11-02T08:00:00Z");
    try {
      for (int i = 0; i < 24; i++) {
        ClockUtil.setCurrentTime(Date.from(start.plusSeconds(60L * i))); // whole minutes: a total order on MySQL too
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "PAGES-" + i, Variables.createVariables()
            .putValue("dueAt", Date.from(start.plusSeconds(86_400L * ((i * 7) % 24)))));
      }
    } finally {
      ClockUtil.reset();
    }

    Task claimed = criteria().processDefinitionKey(PROCESS).processInstanceBusinessKey("PAGES-5").singleResult();
    engine.getTaskService().claim(claimed.getId(), "another-analyst"); // no longer in the group's list

    identity.setAuthentication("analyst", GROUPS);
    List<Task> newest;
    try {
      long[] counts = countBothWays(q -> q.taskCandidateGroupIn(GROUPS).processDefinitionKey(PROCESS));
      assertThat(counts[0]).as("the group's count").isEqualTo(counts[1]).isEqualTo(23);
      for (Function<TaskQuery, TaskQuery> criteria : List.<Function<TaskQuery, TaskQuery>>of(
          q -> q.taskCandidateGroupIn(GROUPS).processDefinitionKey(PROCESS).orderByTaskCreateTime().desc(),
          q -> q.taskCandidateGroupIn(GROUPS).processDefinitionKey(PROCESS).orderByDueDate().asc())) {
        for (int first : new int[] {0, 10, 20}) {
          List<String>[] answers = pageBothWays(criteria, first, 10);
          assertThat(answers[0]).as("page from " + first).isNotEmpty().isEqualTo(answers[1]);
        }
      }
      newest = criteria().taskCandidateGroupIn(GROUPS).processDefinitionKey(PROCESS)
          .orderByTaskCreateTime().desc().listPage(0, 3);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(newest).hasSize(3);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(newest.get(0).getProcessInstanceId()).singleResult().getBusinessKey())
        .isEqualTo("PAGES-23");
  }

  @Test
  void theCardsVariablesAreCamundasAnswer() {
    String process = PROCESS + "-cards";
    engine.getRepositoryService().createDeployment().name(process).addModelInstance(process + ".bpmn",
        Bpmn.createExecutableProcess(process).name("Task list cards test").camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Cards")
            .userTask("UserTask_Review").name("Review credit").camundaCandidateGroups("credit-analysts")
            .endEvent("EndEvent_Cards").done()).deploy();
    List<String> scopes = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String instance = engine.getRuntimeService().startProcessInstanceByKey(process, "CARDS-" + i,
          Variables.createVariables().putValue("applicantName", "Seller " + i)).getId();
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
      if (i % 2 == 0) { // a card's text is the task's own variable, as the engine-wide listener sets it
        engine.getTaskService().setVariableLocal(task.getId(), "faceAmountText", "USD " + i + ",000.00");
      }
      scopes.addAll(List.of(task.getId(), task.getExecutionId(), instance));
    }

    identity.setAuthentication("analyst", GROUPS);
    try {
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      List<List<String>> answers = configuration.getCommandExecutorTxRequired().execute(context -> {
        context.enableAuthorizationCheck(); // as the runtime service's own query commands run
        VariableInstanceManager ours = context.getSession(VariableInstanceManager.class);
        if (List.of("mysql", "mariadb").contains(configuration.getDatabaseType())) {
          assertThat(ours).isInstanceOf(TaskListPages.LookupVariableManager.class);
        }
        return List.of(
            variableIds(ours.findVariableInstanceByQueryCriteria(cards(scopes), null)),
            variableIds(new VariableInstanceManager().findVariableInstanceByQueryCriteria(cards(scopes), null)));
      });
      assertThat(answers.get(1)).as("Camunda's answer").isNotEmpty();
      assertThat(answers.get(0)).isEqualTo(answers.get(1));
    } finally {
      identity.clearAuthentication();
    }
  }

  private VariableInstanceQueryImpl cards(List<String> scopes) {
    return (VariableInstanceQueryImpl) engine.getRuntimeService().createVariableInstanceQuery()
        .variableNameIn("applicantName", "faceAmountText").variableScopeIdIn(scopes.toArray(String[]::new));
  }

  private static List<String> variableIds(List<VariableInstance> variables) {
    return variables.stream().map(VariableInstance::getId).sorted().toList();
  }

  private TaskQuery criteria() {
    return engine.getTaskService().createTaskQuery();
  }

  /** [page form, Camunda's statement] of one page, in one command as the signed-in user. */
  @SuppressWarnings("unchecked")
  private List<String>[] pageBothWays(Function<TaskQuery, TaskQuery> criteria, int first, int size) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskManager paging = context.getTaskManager();
      assertThat(paging).isInstanceOf(TaskListPages.PagingTaskManager.class);
      TaskQueryImpl query = (TaskQueryImpl) criteria.apply(criteria());
      assertThat(TaskListPages.pagesByIndex(query)).isTrue();
      List<String> ours = ids(paging.findTasksByQueryCriteria(query, new Page(first, size)));
      List<String> camundas = ids(new TaskManager().findTasksByQueryCriteria(
          (TaskQueryImpl) criteria.apply(criteria()), new Page(first, size)));
      return new List[] {ours, camundas};
    });
  }

  /** [by lookups, Camunda's statement] of one count, in one command as the signed-in user. */
  private long[] countBothWays(Function<TaskQuery, TaskQuery> criteria) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      context.enableAuthorizationCheck(); // as the task service's own query commands run
      long ours = context.getTaskManager().findTaskCountByQueryCriteria((TaskQueryImpl) criteria.apply(criteria()));
      long camundas = new TaskManager().findTaskCountByQueryCriteria((TaskQueryImpl) criteria.apply(criteria()));
      return new long[] {ours, camundas};
    });
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }
}
