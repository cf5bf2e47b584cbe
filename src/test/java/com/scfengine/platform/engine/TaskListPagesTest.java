package com.scfengine.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The task list's page form returns exactly what Camunda's own statement returns: two engines on one database,
 * one with {@link TaskListPages} and one without, asked the same pages by the same user. The data has what the
 * distinct in Camunda's statement is there for — a task in two of the user's groups, a task visible through two
 * grants — tasks of a process the user may not see (another team's), one of them granted to her by itself, and
 * assigned tasks.
 */
class TaskListPagesTest {

  private static final String URL = "jdbc:h2:mem:tasklistpages;DB_CLOSE_DELAY=-1";
  private static final List<String> GROUPS = List.of("credit-analysts", "risk");
  private static ProcessEngine paging;
  private static ProcessEngine camunda;

  @BeforeAll
  static void twoEnginesOneDatabase() {
    paging = engine("taskListPaging", true);
    camunda = engine("taskListCamunda", false);
    paging.getRepositoryService().createDeployment()
        .addModelInstance("visible.bpmn", model("visible", "credit-analysts,risk"))
        .addModelInstance("hidden.bpmn", model("hidden", "treasury"))
        .deploy();
    Authorization byProcess = paging.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    byProcess.setGroupId("credit-analysts");
    byProcess.setResource(Resources.PROCESS_DEFINITION);
    byProcess.setResourceId("visible");
    byProcess.addPermission(Permissions.READ_TASK);
    paging.getAuthorizationService().saveAuthorization(byProcess);

    Instant start = Instant.parse("2026-11-02T08:00:00Z");
    try {
      for (int i = 0; i < 40; i++) {
        ClockUtil.setCurrentTime(Date.from(start.plusSeconds(60L * i))); // distinct creation times: a total order
        String process = i % 4 == 3 ? "hidden" : "visible";
        Date due = i == 7 ? null : Date.from(start.plusSeconds(86_400L * ((i * 17) % 40)));
        paging.getRuntimeService().startProcessInstanceByKey(process, "APP-" + i,
            Variables.createVariables().putValue("dueAt", due));
        Task task = paging.getTaskService().createTaskQuery().processInstanceBusinessKey("APP-" + i).singleResult();
        paging.getTaskService().setPriority(task.getId(), 1000 - (i * 7) % 40);
        if (i % 5 == 0) {
          paging.getTaskService().setAssignee(task.getId(), "someone");
        }
        if (i == 3 || i == 6) { // one hidden task granted by itself; one visible task granted twice
          Authorization byTask = paging.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
          byTask.setUserId("ana");
          byTask.setResource(Resources.TASK);
          byTask.setResourceId(task.getId());
          byTask.addPermission(TaskPermissions.READ);
          paging.getAuthorizationService().saveAuthorization(byTask);
        }
      }
    } finally {
      ClockUtil.reset();
    }
    paging.getIdentityService().setAuthentication("ana", GROUPS);
    camunda.getIdentityService().setAuthentication("ana", GROUPS);
  }

  @AfterAll
  static void close() {
    paging.getIdentityService().clearAuthentication();
    camunda.getIdentityService().clearAuthentication();
    camunda.close();
    paging.close();
  }

  @Test
  void pagesAreCamundasOwnAnswer() {
    assertSame(q -> q.taskCandidateGroupIn(GROUPS).orderByTaskCreateTime().desc(), true);
    assertSame(q -> q.taskCandidateGroupIn(GROUPS).orderByDueDate().asc(), true);
    assertSame(q -> q.taskCandidateGroupIn(GROUPS).includeAssignedTasks().orderByTaskPriority().desc(), true);
    assertSame(q -> q.taskCandidateGroup("risk").orderByTaskCreateTime().asc(), true);
    assertSame(q -> q.taskUnassigned().orderByDueDate().desc(), true);
    assertSame(q -> q.orderByTaskPriority().asc(), true); // everything she may see
    assertSame(q -> q.taskCandidateGroupIn(GROUPS), true); // no order asked: by id, as Camunda does
    assertSame(q -> q.processDefinitionKey("visible").or().taskCandidateGroup("risk").taskPriority(1000).endOr()
        .orderByTaskCreateTime().desc(), true);
    // narrowing by an indexed column, or ordering by a variable: Camunda's statement, the same answer
    assertSame(q -> q.taskAssignee("someone").orderByTaskCreateTime().desc(), false);
    assertSame(q -> q.processInstanceBusinessKey("APP-6"), false);
    assertSame(q -> q.taskCandidateGroupIn(GROUPS).orderByProcessInstanceId().asc(), true);
  }

  @Test
  void grantsOnEveryTaskAndOnAProcessAreCamundasToo() {
    Authorization everyTask = grant("bob", Resources.TASK, "*", TaskPermissions.READ);
    Authorization hiddenProcess = grant("carl", Resources.PROCESS_DEFINITION, "hidden", Permissions.READ_TASK);
    try {
      for (String user : List.of("bob", "carl")) {
        paging.getIdentityService().setAuthentication(user, List.of("risk"));
        camunda.getIdentityService().setAuthentication(user, List.of("risk"));
        assertSame(q -> q.orderByTaskCreateTime().desc(), true);
        assertSame(q -> q.taskCandidateGroupIn(GROUPS).orderByDueDate().asc(), true);
      }
    } finally {
      withdraw(everyTask);
      withdraw(hiddenProcess);
      paging.getIdentityService().setAuthentication("ana", GROUPS);
      camunda.getIdentityService().setAuthentication("ana", GROUPS);
    }
  }

  @Test
  void aRevokingGrantKeepsCamundasOwnCheck() {
    Authorization revoke = asAdministrator(() -> {
      Authorization grant = paging.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
      grant.setGroupId("risk");
      grant.setResource(Resources.PROCESS_DEFINITION);
      grant.setResourceId("visible");
      grant.removePermission(Permissions.READ_TASK);
      return paging.getAuthorizationService().saveAuthorization(grant);
    });
    try {
      assertSame(q -> q.taskCandidateGroupIn(GROUPS).orderByTaskCreateTime().desc(), true);
      assertSame(q -> q.orderByTaskPriority().asc(), true);
      assertThat(anasCheck()).as("revocations are checked by Camunda's statement").isNull();
    } finally {
      withdraw(revoke);
    }
  }

  @Test
  void theAnalystsChecksAreLookups() {
    TaskListPages.IndexedCheck check = anasCheck();
    assertThat(check).isNotNull();
    assertThat(check.getAuthUserId()).isEqualTo("ana");
    assertThat(check.getAuthGroupIds()).containsExactlyInAnyOrderElementsOf(GROUPS);
    assertThat(check.getShouldPerformAuthorizatioCheck()).as("Camunda's join switched off").isFalse();
  }

  @Test
  void theCardsVariablesAreCamundasOwnAnswer() {
    List<Task> tasks = asAdministrator(() -> paging.getTaskService().createTaskQuery().orderByTaskCreateTime().asc()
        .list());
    List<String> scopes = new java.util.ArrayList<>();
    for (Task task : tasks) {
      scopes.addAll(List.of(task.getId(), task.getExecutionId(), task.getProcessInstanceId()));
    }
    asAdministrator(() -> { // task-local variables, as the cards' texts are
      tasks.subList(0, 12).forEach(task -> paging.getTaskService().setVariableLocal(task.getId(), "dueAtText", "due"));
      return null;
    });
    Function<ProcessEngine, org.camunda.bpm.engine.runtime.VariableInstanceQuery> cards = engine ->
        engine.getRuntimeService().createVariableInstanceQuery().variableNameIn("dueAt", "dueAtText")
            .variableScopeIdIn(scopes.toArray(String[]::new));

    // her groups' tasks by their own grants (Camunda grants a task to its candidate groups) and two by name
    assertSameVariables(cards, "task-local variables only");
    Authorization visibleInstances = grant("ana", Resources.PROCESS_DEFINITION, "visible", Permissions.READ_INSTANCE);
    Authorization oneHidden = grant("ana", Resources.PROCESS_INSTANCE,
        tasks.stream().filter(t -> t.getProcessDefinitionId().startsWith("hidden")).findFirst().orElseThrow()
            .getProcessInstanceId(), Permissions.READ);
    Authorization everyInstance = grant("bob", Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    try {
      assertSameVariables(cards, "the visible process's instances and one hidden instance");
      paging.getIdentityService().setAuthentication("bob", List.of("treasury"));
      camunda.getIdentityService().setAuthentication("bob", List.of("treasury"));
      assertSameVariables(cards, "every instance");
    } finally {
      withdraw(visibleInstances);
      withdraw(oneHidden);
      withdraw(everyInstance);
      paging.getIdentityService().setAuthentication("ana", GROUPS);
      camunda.getIdentityService().setAuthentication("ana", GROUPS);
    }
  }

  private static void assertSameVariables(Function<ProcessEngine, org.camunda.bpm.engine.runtime.VariableInstanceQuery>
      query, String what) {
    List<String> camundas = query.apply(camunda).list().stream()
        .map(org.camunda.bpm.engine.runtime.VariableInstance::getId).sorted().toList();
    assertThat(camundas).as("Camunda's answer: " + what).isNotEmpty();
    assertThat(query.apply(paging).list().stream().map(org.camunda.bpm.engine.runtime.VariableInstance::getId).sorted()
        .toList()).as(what).isEqualTo(camundas);
    assertThat(query.apply(paging).count()).as(what).isEqualTo(camundas.size());
  }

  @Test
  void theGroupsHoldingGrantsAreCamundasOwn() {
    List<String> asked = java.util.Arrays.asList("risk", "credit-analysts", "treasury", "no-grants", null, "risk");
    assertThat(grantedAmong(paging, asked)).containsExactlyInAnyOrderElementsOf(grantedAmong(camunda, asked))
        .containsExactlyInAnyOrder("risk", "credit-analysts", "treasury"); // treasury: its tasks' own grants
    assertThat(grantedAmong(paging, List.of("no-grants"))).isEmpty();
    assertThat(grantedAmong(paging, List.of())).isEmpty();
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) paging.getProcessEngineConfiguration();
    assertThat(configuration.getSessionFactories().get(
        org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager.class).openSession())
        .isInstanceOf(TaskListPages.GroupLookupAuthorizationManager.class);
  }

  private static List<String> grantedAmong(ProcessEngine engine, List<String> groups) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(groups));
  }

  /** The lookups for ana's group query, as the engine configures it; null where Camunda's check stays. */
  private static TaskListPages.IndexedCheck anasCheck() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) paging.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskQueryImpl query = (TaskQueryImpl) asAna(paging, q -> q.taskCandidateGroupIn(GROUPS));
      context.enableAuthorizationCheck(); // as the task service's own query commands run
      context.getAuthorizationManager().configureTaskQuery(query);
      return TaskListPages.indexedCheck(query.getAuthCheck());
    });
  }

  private static Authorization grant(String user, Resources resource, String id, Permission permission) {
    return asAdministrator(() -> {
      Authorization grant = paging.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setUserId(user);
      grant.setResource(resource);
      grant.setResourceId(id);
      grant.addPermission(permission);
      return paging.getAuthorizationService().saveAuthorization(grant);
    });
  }

  /** Grants are made and withdrawn by no signed-in user (as the engine's set-up makes them); ana signed in again. */
  private static <T> T asAdministrator(Supplier<T> work) {
    paging.getIdentityService().clearAuthentication();
    try {
      return work.get();
    } finally {
      paging.getIdentityService().setAuthentication("ana", GROUPS);
    }
  }

  private static void withdraw(Authorization grant) {
    asAdministrator(() -> {
      paging.getAuthorizationService().deleteAuthorization(grant.getId());
      return null;
    });
  }

  @Test
  void theAnswerIsAsWideAsTheUserMaySee() {
    List<Task> page = asAna(paging, q -> q.orderByTaskCreateTime().asc()).listPage(0, 100);
    assertThat(page).extracting(Task::getProcessDefinitionId)
        .filteredOn(id -> id.startsWith("hidden")).hasSize(1); // the one granted by itself
    assertThat(page).extracting(Task::getId).doesNotHaveDuplicates();
    assertThat(page).hasSize(31); // 30 visible and the one hidden task granted by itself
  }

  @Test
  void thePluginAnswersPagesAndIndexesTheDueDate() throws Exception {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) paging.getProcessEngineConfiguration();
    assertThat(configuration.getSessionFactories().get(TaskManager.class).openSession())
        .isInstanceOf(TaskListPages.PagingTaskManager.class);
    assertThat(configuration.getSessionFactories().get(
        org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager.class).openSession())
        .isInstanceOf(TaskListPages.LookupVariableManager.class);
    assertThat(EngineTestSupport.indexesOn(configuration.getDataSource(), "ACT_RU_TASK")).contains(TaskListPages.DUE_DATE_INDEX);
    assertThat(EngineTestSupport.indexesOn(configuration.getDataSource(), "ACT_RU_AUTHORIZATION"))
        .contains(TaskListPages.AUTHORIZATION_INDEX);
  }

  private static void assertSame(Function<TaskQuery, TaskQuery> criteria, boolean paged) {
    assertThat(TaskListPages.pagesByIndex((TaskQueryImpl) criteria.apply(paging.getTaskService().createTaskQuery())))
        .as("answered by the page form").isEqualTo(paged);
    List<String> all = ids(asAna(camunda, criteria).list());
    assertThat(all).as("Camunda's answer").isNotEmpty();
    assertThat(ids(asAna(paging, criteria).list())).isEqualTo(all);
    for (int first : new int[] {0, 5, 13}) {
      assertThat(ids(asAna(paging, criteria).listPage(first, 5)))
          .as("page from " + first).isEqualTo(ids(asAna(camunda, criteria).listPage(first, 5)));
    }
    assertThat(asAna(paging, criteria).count()).isEqualTo(all.size()).isEqualTo(asAna(camunda, criteria).count());
  }

  /** The query as ana (credit-analysts, risk): she is signed in on both engines. */
  private static TaskQuery asAna(ProcessEngine engine, Function<TaskQuery, TaskQuery> criteria) {
    return criteria.apply(engine.getTaskService().createTaskQuery());
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }

  private static org.camunda.bpm.model.bpmn.BpmnModelInstance model(String key, String groups) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("UserTask_Review").name("Review " + key).camundaCandidateGroups(groups)
          .camundaDueDate("${dueAt}")
        .endEvent().done();
  }

  private static ProcessEngine engine(String name, boolean withPages) {
    StandaloneInMemProcessEngineConfiguration configuration = EngineTestSupport.engineOn(URL, name);
    configuration.setAuthorizationEnabled(true);
    configuration.setCmmnEnabled(false);
    configuration.setStandaloneTasksEnabled(false);
    // lookups in pages too, which only MySQL and MariaDB use by default: both forms are compared with Camunda's here
    configuration.setProcessEnginePlugins(withPages ? List.of(new TaskListPages(true)) : List.of());
    return configuration.buildProcessEngine();
  }
}
