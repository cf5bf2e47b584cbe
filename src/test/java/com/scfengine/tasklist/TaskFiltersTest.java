package com.scfengine.tasklist;

import static com.scfengine.tasklist.TaskFilters.ALL_OPEN_TASKS;
import static com.scfengine.tasklist.TaskFilters.DUE_OR_OVERDUE;
import static com.scfengine.tasklist.TaskFilters.MY_GROUPS_TASKS;
import static com.scfengine.tasklist.TaskFilters.MY_TASKS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shipped Tasklist filters against a real in-memory engine: created once however often the
 * application starts, and each shows a worker the tasks of their own groups only.
 *
 * <p>The engine is configured here rather than by a {@code camunda.cfg.xml} on the test class path,
 * so that this test owns its own database ({@code camunda-tasklist}) and engine name.
 */
class TaskFiltersTest {

  static final String CREDIT_ANALYSTS = "credit-analysts";
  static final String TRADE_OPERATIONS = "trade-operations";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .useProcessEngine(inMemoryEngine())
      .build();

  FilterService filterService;
  TaskService taskService;
  IdentityService identityService;
  TaskFilters taskFilters;

  static ProcessEngine inMemoryEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("tasklist-filters-test");
    configuration.setJdbcUrl("jdbc:h2:mem:camunda-tasklist;DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9_.-]+|camunda-admin");
    return configuration.buildProcessEngine();
  }

  /** An analysts' task due today and an operations task without due date, side by side. */
  static BpmnModelInstance twoTeamsProcess() {
    return Bpmn.createExecutableProcess("tasklist-filters-test")
        .name("Tasklist filters test")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Submitted").name("Submitted")
        .parallelGateway("Gateway_BothTeams").name("Both teams")
        .userTask("UserTask_ReviewCredit").name("Review credit")
          .camundaCandidateGroups(CREDIT_ANALYSTS)
          .camundaDueDate("${now()}")
        .endEvent("EndEvent_CreditReviewed").name("Credit reviewed")
        .moveToNode("Gateway_BothTeams")
        .userTask("UserTask_ConfirmWithBuyer").name("Confirm with buyer")
          .camundaCandidateGroups(TRADE_OPERATIONS)
        .endEvent("EndEvent_BuyerConfirmed").name("Buyer confirmed")
        .done();
  }

  @BeforeEach
  void setUp() {
    filterService = engine.getFilterService();
    taskService = engine.getTaskService();
    identityService = engine.getIdentityService();
    filterService.createFilterQuery().list().forEach(filter -> filterService.deleteFilter(filter.getId()));
    taskFilters = new TaskFilters(filterService, taskService);
    engine.manageDeployment(engine.getRepositoryService().createDeployment()
        .addModelInstance("tasklist-filters-test.bpmn", twoTeamsProcess())
        .deploy());
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void startingTwiceLeavesTheFourFiltersOnceEach() {
    assertThat(taskFilters.ensureFilters()).hasSize(4);
    assertThat(taskFilters.ensureFilters()).as("second start creates nothing").isEmpty();

    assertThat(filterService.createTaskFilterQuery().list()).extracting(Filter::getName)
        .containsExactlyInAnyOrder(MY_GROUPS_TASKS, MY_TASKS, DUE_OR_OVERDUE, ALL_OPEN_TASKS);
  }

  @Test
  void aFilterAnAdministratorChangedIsKeptOnRestart() {
    taskFilters.ensureFilters();
    Filter mine = filter(MY_TASKS);
    Map<String, Object> properties = mine.getProperties();
    properties.put("color", "#000000");
    filterService.saveFilter(mine.setProperties(properties));

    taskFilters.ensureFilters();

    assertThat(filter(MY_TASKS).getProperties()).containsEntry("color", "#000000");
  }

  @Test
  void theGroupsFilterComesFirstAndEveryFilterShowsTheApplicationColumns() {
    taskFilters.ensureFilters();

    // Tasklist lists filters by priority, lowest first, and opens the first one
    assertThat(filterService.createTaskFilterQuery().list().stream()
            .sorted(Comparator.comparingInt(filter -> priority(filter.getName())))
            .map(Filter::getName))
        .containsExactly(MY_GROUPS_TASKS, MY_TASKS, DUE_OR_OVERDUE, ALL_OPEN_TASKS);
    assertThat(priority(MY_GROUPS_TASKS)).isEqualTo(-10);
    assertThat(priority(MY_TASKS)).isEqualTo(-5);
    assertThat(priority(DUE_OR_OVERDUE)).isZero();
    assertThat(priority(ALL_OPEN_TASKS)).isEqualTo(10);

    for (Filter filter : filterService.createTaskFilterQuery().list()) {
      assertThat(filter.getProperties())
          .as(filter.getName())
          .containsKeys("description", "color")
          .containsEntry("refresh", true)
          .containsEntry("variables", List.of(
              Map.of("name", "applicationId", "label", "Application"),
              Map.of("name", "applicantName", "label", "Customer"),
              Map.of("name", "faceAmountText", "label", "Amount"),
              Map.of("name", "product", "label", "Product"),
              Map.of("name", "dueDate", "label", "Due date")));
      assertThat((String) filter.getProperties().get("color")).matches("#[0-9a-f]{6}");
    }
  }

  @Test
  void aFilterStillShowingTheEarlierColumnsGetsTheCurrentOnesAndAChangedOneIsKept() {
    taskFilters.ensureFilters();
    List<Map<String, String>> earlier = TaskFilters.EARLIER_COLUMNS.stream()
        .map(column -> Map.of("name", column.name(), "label", column.label())).toList();
    Filter groups = filter(MY_GROUPS_TASKS);
    Map<String, Object> shipped = groups.getProperties();
    shipped.put("variables", earlier);
    filterService.saveFilter(groups.setProperties(shipped));
    Filter mine = filter(MY_TASKS);
    Map<String, Object> banks = mine.getProperties();
    List<Map<String, String>> ownColumns = List.of(Map.of("name", "applicationId", "label", "Case"));
    banks.put("variables", ownColumns);
    filterService.saveFilter(mine.setProperties(banks));

    taskFilters.ensureFilters();

    List<?> columns = (List<?>) filter(MY_GROUPS_TASKS).getProperties().get("variables");
    assertThat(columns.stream().map(column -> String.valueOf(((Map<?, ?>) column).get("name"))))
        .containsExactly("applicationId", "applicantName", "faceAmountText", "product", "dueDate");
    assertThat(filter(MY_TASKS).getProperties()).containsEntry("variables", ownColumns);
  }

  @Test
  void anAnalystSeesTheAnalystsTaskInTheGroupsFilterAndNotTheOperationsTask() {
    taskFilters.ensureFilters();
    engine.getRuntimeService().startProcessInstanceByKey("tasklist-filters-test");

    identityService.setAuthentication("analyst", List.of(CREDIT_ANALYSTS));
    List<Task> tasks = filterService.list(filter(MY_GROUPS_TASKS).getId());

    assertThat(tasks).extracting(Task::getTaskDefinitionKey).containsExactly("UserTask_ReviewCredit");
  }

  @Test
  void operationsSeeTheirOwnTaskInTheGroupsFilter() {
    taskFilters.ensureFilters();
    engine.getRuntimeService().startProcessInstanceByKey("tasklist-filters-test");

    identityService.setAuthentication("ops", List.of(TRADE_OPERATIONS));

    assertThat(taskKeys(MY_GROUPS_TASKS)).containsExactly("UserTask_ConfirmWithBuyer");
  }

  @Test
  void aClaimedTaskMovesFromTheGroupsFilterToMyTasksAndStaysDue() {
    taskFilters.ensureFilters();
    engine.getRuntimeService().startProcessInstanceByKey("tasklist-filters-test");
    Task review = taskService.createTaskQuery().taskDefinitionKey("UserTask_ReviewCredit").singleResult();
    identityService.setAuthentication("analyst", List.of(CREDIT_ANALYSTS));
    assertThat(taskKeys(MY_TASKS)).isEmpty();

    taskService.claim(review.getId(), "analyst");

    assertThat(taskKeys(MY_GROUPS_TASKS)).isEmpty();
    assertThat(taskKeys(MY_TASKS)).containsExactly("UserTask_ReviewCredit");
    assertThat(taskKeys(DUE_OR_OVERDUE)).containsExactly("UserTask_ReviewCredit");
  }

  @Test
  void dueOrOverdueShowsOnlyYourGroupsTasksThatAreDue() {
    taskFilters.ensureFilters();
    engine.getRuntimeService().startProcessInstanceByKey("tasklist-filters-test");

    identityService.setAuthentication("analyst", List.of(CREDIT_ANALYSTS));
    assertThat(taskKeys(DUE_OR_OVERDUE)).containsExactly("UserTask_ReviewCredit");

    identityService.setAuthentication("ops", List.of(TRADE_OPERATIONS));
    assertThat(taskKeys(DUE_OR_OVERDUE)).as("the operations task has no due date").isEmpty();
  }

  @Test
  void allOpenTasksShowsEveryTeamsWork() {
    taskFilters.ensureFilters();
    engine.getRuntimeService().startProcessInstanceByKey("tasklist-filters-test");

    identityService.setAuthentication("admin", List.of("camunda-admin"));

    assertThat(taskKeys(ALL_OPEN_TASKS))
        .containsExactlyInAnyOrder("UserTask_ReviewCredit", "UserTask_ConfirmWithBuyer");
  }

  private List<String> taskKeys(String filterName) {
    List<Task> tasks = filterService.list(filter(filterName).getId());
    return tasks.stream().map(Task::getTaskDefinitionKey).toList();
  }

  private Filter filter(String name) {
    return filterService.createTaskFilterQuery().filterName(name).singleResult();
  }

  private int priority(String name) {
    return ((Number) filter(name).getProperties().get("priority")).intValue();
  }
}
