package com.scfengine.tasklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters the product ships (pitfall 6: with no filter a new user sees no work at all).
 *
 * <p>Runs at start in every profile, before the demo data ({@code @Order(10)}). Idempotent by filter
 * name: a filter whose name exists is kept, so an administrator may change colours or
 * criteria in Tasklist and a restart keeps the change; a deleted filter comes back on the next start.
 *
 * <p>Tasklist lists filters by the {@code priority} property, lowest first, and opens the lowest one
 * when the URL names none; "My group's tasks" is lowest because it is where a new user's work is.
 *
 * <p>The filters have no owner; every bank role reads them, and the applications' variables their cards show
 * (security.RoleAuthorizations). A filter still showing exactly the columns an earlier version shipped gets the
 * current ones.
 *
 * <p>Every criterion is a top-level (AND) criterion: Tasklist's filter editor shows only the first
 * OR group of a filter and drops the top-level criteria when it is saved, so an "assigned to me OR
 * in my groups" filter would be damaged by the first administrator who edits it.
 */
@Component
@Order(5)
class TaskFilters implements ApplicationRunner {

  public static final String MY_GROUPS_TASKS = "My group's tasks";
  public static final String MY_TASKS = "My tasks";
  public static final String DUE_OR_OVERDUE = "Due or overdue";
  public static final String ALL_OPEN_TASKS = "All open tasks";

  /** Process variables that Tasklist shows on every task card of these filters, in this order. */
  public static final List<Column> VARIABLE_COLUMNS = List.of(
      new Column("applicationId", "Application"),
      new Column("applicantName", "Customer"),
      // the task's own copy in its currency, USD 150,000.00 (platform.engine.TaskFigures)
      new Column("faceAmountText", "Amount"),
      new Column("product", "Product"),
      new Column("dueDate", "Due date"));

  /** The columns an earlier version shipped: a filter that still shows exactly these gets the current ones. */
  static final List<Column> EARLIER_COLUMNS = List.of(
      new Column("applicationId", "Application"),
      new Column("applicantName", "Seller"),
      new Column("faceAmount", "Amount"),
      new Column("currency", "Currency"),
      new Column("product", "Product"),
      new Column("dueDate", "Due date"));

  private static final Logger log = LoggerFactory.getLogger(TaskFilters.class);

  private final FilterService filterService;
  private final TaskService taskService;

  public TaskFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> created = ensureFilters();
    if (!created.isEmpty()) {
      log.info("Created Tasklist filters {}", created);
    }
  }

  /** Creates every shipped filter whose name does not exist yet; returns the names it created. */
  public List<String> ensureFilters() {
    List<String> created = new ArrayList<>();
    for (Definition definition : definitions()) {
      List<Filter> existing = filterService.createTaskFilterQuery().filterName(definition.name()).list();
      if (!existing.isEmpty()) {
        existing.forEach(this::currentColumns);
        continue;
      }
      Filter filter = filterService.newTaskFilter(definition.name());
      filter.setQuery(definition.query().get());
      filter.setProperties(properties(definition));
      filterService.saveFilter(filter);
      created.add(definition.name());
    }
    return created;
  }

  private List<Definition> definitions() {
    return List.of(
        new Definition(MY_GROUPS_TASKS, -10, "#3b7ddd",
            "Unclaimed work of your groups: claim a task to start it.",
            () -> taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .taskUnassigned()),
        new Definition(MY_TASKS, -5, "#2e9e5b",
            "Tasks you have claimed or that were assigned to you.",
            () -> taskService.createTaskQuery()
                .taskAssigneeExpression("${currentUser()}")),
        new Definition(DUE_OR_OVERDUE, 0, "#d9534f",
            "Your groups' tasks, claimed or not, that are overdue or due within a day.",
            // includeAssignedTasks: a group's task stays here after someone claims it; every task
            // of the products has candidate groups, so this also covers the tasks assigned to you.
            () -> taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .dueBeforeExpression("${dateTime().plusDays(1).toDate()}")),
        new Definition(ALL_OPEN_TASKS, 10, "#777777",
            "Every open task of every group (for administrators and supervisors).",
            taskService::createTaskQuery));
  }

  /** A filter still showing the columns an earlier version shipped shows the current ones; any other is the bank's. */
  private void currentColumns(Filter filter) {
    Map<String, Object> properties = filter.getProperties();
    if (properties != null && columns(EARLIER_COLUMNS).equals(properties.get("variables"))) {
      Map<String, Object> changed = new LinkedHashMap<>(properties);
      changed.put("variables", columns(VARIABLE_COLUMNS));
      filter.setProperties(changed);
      filterService.saveFilter(filter);
    }
  }

  private static List<Map<String, String>> columns(List<Column> columns) {
    return columns.stream().map(column -> Map.of("name", column.name(), "label", column.label())).toList();
  }

  private static Map<String, Object> properties(Definition definition) {
    List<Map<String, String>> variables = columns(VARIABLE_COLUMNS);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", definition.description());
    properties.put("priority", definition.priority());
    properties.put("color", definition.color());
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", variables);
    return properties;
  }

  /** A process variable shown as a column on the task cards: its name and the label Tasklist shows. */
  public record Column(String name, String label) {}

  private record Definition(String name, int priority, String color, String description,
      Supplier<TaskQuery> query) {}
}
