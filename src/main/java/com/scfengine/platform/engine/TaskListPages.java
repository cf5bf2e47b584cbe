package com.scfengine.platform.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Tasklist page in time that does not grow with the open tasks. Camunda's task query joins the
 * identity links and the authorisations, so it must remove duplicates ({@code select distinct}); the database then
 * finds and sorts every task the user may see before it returns the first fifty — 2.5 s for the credit analysts'
 * "My group's tasks" at 100,000 open tasks on H2, 32 s at 10,000 on MariaDB. This plugin asks for a page in the
 * form that stops early: walk {@code ACT_RU_TASK} in the page's order (an index: Camunda's on the creation time,
 * ours {@value #DUE_DATE_INDEX} on the due date) and keep a task if Camunda's own criteria, authorisation and
 * tenant checks, asked for that task, hold ({@code task-list-pages.xml}; a scalar subquery, because MySQL and
 * MariaDB would flatten an EXISTS back into the join). Which tasks qualify is decided by
 * Camunda's SQL, unchanged; only the order of work differs.
 *
 * <p>It answers only the pages it is good at: queries that narrow to a few tasks by an indexed column (an
 * assignee, a process instance, a business key, task ids, variables) would make the walk read every task to find
 * their few, so they — and orderings by variables or functions — go to Camunda's statement as before.
 *
 * <p>Counts, and on MySQL and MariaDB pages too, ask Camunda's authorisation question as lookups by resource id where
 * Camunda's check is the plain join of the user's grants (no revoking grant in the database, or revocations switched
 * off): that join ({@code RESOURCE_ID_} equal to the task's id, its process's key or {@code *}) has no index on MySQL
 * and MariaDB, which compare every qualifying task with every grant — and each open task has a grant of its own for
 * its candidate group. The same grants decide, read through the index {@value #AUTHORIZATION_INDEX}. A count still
 * reads every qualifying task; it looks up each task's own grant by the task's id ({@code taskGrantLookedUp} in the
 * statements), after joining the task's candidate links, not for every task before the join narrows them, nor by
 * reading every grant of the user's groups first (for the analysts' 25,000 of 100,000 open tasks on H2 0.46 s against
 * 0.64 s that way and 2.0 s with Camunda's join; 15 against 25 and 81 ms at 10,000). H2 walks a page faster with
 * Camunda's join (at 100,000 open tasks, 4.5 ms against 147 ms with the lookups).
 *
 * <p>Tasklist's page (the filter's HAL list) also reads the variables its cards show, as the signed-in user: on MySQL
 * and MariaDB that statement too asks its authorisation as lookups ({@link LookupVariableManager}: Camunda's join took
 * 1.6 s for fifty tasks' columns at 100,000 open tasks). And every command that checks authorisations first asks
 * which of the user's groups hold any grant: Camunda reads the group of every grant for that, here the user's groups
 * are looked up ({@link GroupLookupAuthorizationManager}). On databases other than H2, MySQL, MariaDB and PostgreSQL
 * (whose paging is {@code LIMIT … OFFSET …}) the plugin does nothing.
 */
@Component
class TaskListPages extends AbstractProcessEnginePlugin {

  static final String STATEMENT = "com.scfengine.platform.engine.TaskListPages.selectTaskPage";
  static final String COUNT_STATEMENT = "com.scfengine.platform.engine.TaskListPages.selectTaskCount";
  static final String GROUPS_STATEMENT = "com.scfengine.platform.engine.TaskListPages.selectAuthorizedGroupIdsAmong";
  static final String VARIABLES_STATEMENT = "com.scfengine.platform.engine.TaskListPages.selectVariablesByLookups";
  static final String VARIABLE_COUNT_STATEMENT =
      "com.scfengine.platform.engine.TaskListPages.selectVariableCountByLookups";
  static final String DUE_DATE_INDEX = "SCF_IDX_TASK_DUE_DATE";
  /** Grants looked up by resource id, with the columns Camunda's check reads: the lookup reads the index alone. */
  static final String AUTHORIZATION_INDEX = "SCF_IDX_AUTH_RESOURCE";
  /**
   * A group's candidate links with their tasks (MySQL and MariaDB): a count joins each task with its links from the
   * index alone, where Camunda's index on the group alone reads every link's row.
   */
  static final String CANDIDATE_INDEX = "SCF_IDX_IDLINK_CANDIDATE";
  private static final String MAPPER = "com/scfengine/platform/engine/task-list-pages.xml";
  private static final Set<String> DATABASES = Set.of("h2", "mysql", "mariadb", "postgres");
  /** Where pages, too, ask the authorisation question as lookups: H2 walks a page faster with Camunda's join. */
  private static final Set<String> PAGE_LOOKUP_DATABASES = Set.of("mysql", "mariadb");
  private static final Logger log = LoggerFactory.getLogger(TaskListPages.class);

  /** Lookups in pages: null decides by the database ({@link #PAGE_LOOKUP_DATABASES}). */
  private final Boolean pageLookups;

  TaskListPages() {
    this(null);
  }

  /** With lookups in pages on any database or none (tests compare both forms with Camunda's on H2). */
  TaskListPages(Boolean pageLookups) {
    this.pageLookups = pageLookups;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!supported(configuration)) {
      log.info("Task list pages stay Camunda's own on database type {}", configuration.getDatabaseType());
      return;
    }
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    synchronized (mybatis) { // a shared SQL session factory gets the statement once
      if (!mybatis.hasStatement(STATEMENT, false)) {
        try (InputStream mapper = TaskListPages.class.getClassLoader().getResourceAsStream(MAPPER)) {
          if (mapper == null) {
            throw new ProcessEngineException("The task list statement " + MAPPER + " is missing from the classpath");
          }
          new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
        } catch (IOException e) {
          throw new ProcessEngineException("Could not read " + MAPPER + ": " + e.getMessage(), e);
        }
      }
    }
    boolean lookupsInPages = lookupsInPages(configuration);
    replace(configuration, TaskManager.class, () -> new PagingTaskManager(lookupsInPages));
    replace(configuration, AuthorizationManager.class, GroupLookupAuthorizationManager::new);
    if (lookupsInPages) {
      replace(configuration, VariableInstanceManager.class, LookupVariableManager::new);
    }
  }

  /** The engine opens {@code manager} for {@code type} in every command, in place of Camunda's own. */
  private static <M extends Session> void replace(ProcessEngineConfigurationImpl configuration, Class<? super M> type,
      Supplier<M> manager) {
    configuration.getSessionFactories().put(type, new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return manager.get();
      }
    });
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (supported(configuration)) {
      new EngineIndex(DUE_DATE_INDEX, "ACT_RU_TASK", "DUE_DATE_").ensure(configuration, "task list pages by due date");
      new EngineIndex(AUTHORIZATION_INDEX, "ACT_RU_AUTHORIZATION",
          "RESOURCE_ID_, RESOURCE_TYPE_, TYPE_, PERMS_, GROUP_ID_, USER_ID_")
          .ensure(configuration, "the task list's authorisation checks");
      if (lookupsInPages(configuration)) {
        new EngineIndex(CANDIDATE_INDEX, "ACT_RU_IDENTITYLINK", "GROUP_ID_, TYPE_, TASK_ID_")
            .ensure(configuration, "the task list's counts by candidate group");
      }
    }
  }

  private boolean lookupsInPages(ProcessEngineConfigurationImpl configuration) {
    return pageLookups != null ? pageLookups : PAGE_LOOKUP_DATABASES.contains(configuration.getDatabaseType());
  }

  private static boolean supported(ProcessEngineConfigurationImpl configuration) {
    return DATABASES.contains(configuration.getDatabaseType());
  }

  /** Whether the page form answers this query (else Camunda's statement does). */
  static boolean pagesByIndex(TaskQueryImpl query) {
    for (QueryOrderingProperty ordering : query.getOrderingProperties()) {
      if (!ordering.isContainedProperty()) {
        return false; // by a variable (a join) or by a function (e.g. lower(name))
      }
    }
    return query.getQueries().stream().noneMatch(TaskListPages::narrowsByIndex);
  }

  /** Criteria that leave only a few tasks, found faster through their own index than by walking the page order. */
  private static boolean narrowsByIndex(TaskQueryImpl query) {
    return query.getTaskId() != null || notEmpty(query.getTaskIdIn())
        || query.getAssignee() != null || (query.getAssigneeIn() != null && !query.getAssigneeIn().isEmpty())
        || query.getOwner() != null || query.getInvolvedUser() != null
        || query.getProcessInstanceId() != null || notEmpty(query.getProcessInstanceIdIn())
        || query.getExecutionId() != null || notEmpty(query.getActivityInstanceIdIn())
        || query.getProcessInstanceBusinessKey() != null || notEmpty(query.getProcessInstanceBusinessKeys())
        || query.getProcessDefinitionId() != null || query.getParentTaskId() != null
        || query.getCaseInstanceId() != null || query.getCaseExecutionId() != null
        || (query.getVariables() != null && !query.getVariables().isEmpty());
  }

  private static boolean notEmpty(Object[] values) {
    return values != null && values.length > 0;
  }

  /** The page's order on the outer table ({@code PAGE}); Camunda's default (by id) when none is asked for. */
  public static String orderBy(TaskQueryImpl query) {
    List<QueryOrderingProperty> orderings = query.getOrderingProperties();
    if (orderings.isEmpty()) {
      return "PAGE.ID_ asc";
    }
    return orderings.stream()
        .map(o -> "PAGE." + o.getQueryProperty().getName() + " " + o.getDirection().getName())
        .collect(Collectors.joining(", "));
  }

  /**
   * Whether the statement asks the authorisation question as lookups: the query carries an {@link IndexedCheck}
   * (called from {@code task-list-pages.xml}).
   */
  public static boolean indexed(ListQueryParameterObject query) {
    return query.getAuthCheck() instanceof IndexedCheck;
  }

  /**
   * The query's check as lookups, when Camunda's check is only its join of the user's grants: not the revoke-aware
   * form (a revoking grant in the database, or {@code authorizationCheckRevokes} always), and permissions given as
   * atomic checks only (a task query's are: read the task, or read tasks of its process). Null otherwise.
   */
  static IndexedCheck indexedCheck(AuthorizationCheck check) {
    if (!check.getShouldPerformAuthorizatioCheck() || check.getAuthUserId() == null) {
      return null;
    }
    CompositePermissionCheck permissions = check.getPermissionChecks();
    if (check.isRevokeAuthorizationCheckEnabled() || permissions == null
        || !permissions.getCompositeChecks().isEmpty() || permissions.getAtomicChecks().isEmpty()) {
      return null;
    }
    return new IndexedCheck(check);
  }

  /**
   * Camunda's check with its join switched off (Camunda's SQL asks {@code shouldPerformAuthorizatioCheck}, here
   * false, before it adds the join) and everything it would have checked kept for the statement's lookups.
   */
  static final class IndexedCheck extends AuthorizationCheck {
    IndexedCheck(AuthorizationCheck camunda) {
      super(camunda.getAuthUserId(), camunda.getAuthGroupIds(), camunda.getPermissionChecks(), false);
      setAuthorizationCheckEnabled(camunda.isAuthorizationCheckEnabled());
      setAuthDefaultPerm(camunda.getAuthDefaultPerm());
      setHistoricInstancePermissionsEnabled(camunda.isHistoricInstancePermissionsEnabled());
      setUseLeftJoin(camunda.isUseLeftJoin());
    }

    @Override
    public boolean getShouldPerformAuthorizatioCheck() {
      return false;
    }
  }

  /** Camunda's task manager, with the page form for the pages it answers and counts by lookups. */
  static final class PagingTaskManager extends TaskManager {
    private final boolean lookupsInPages;

    PagingTaskManager(boolean lookupsInPages) {
      this.lookupsInPages = lookupsInPages;
    }

    @Override
    public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
      if (!pagesByIndex(query)) {
        return super.findTasksByQueryCriteria(query);
      }
      configureQuery(query);
      return asked(query, lookupsInPages, STATEMENT, STATEMENT,
          statement -> getDbEntityManager().selectList(statement, query));
    }

    /** Counts by lookups, each task's own grant looked up by its id ({@code task-list-pages.xml}). */
    @Override
    public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
      configureQuery(query);
      return asked(query, true, "selectTaskCountByQueryCriteria", COUNT_STATEMENT,
          statement -> (Long) getDbEntityManager().selectOne(statement, query));
    }

  }

  /**
   * Camunda's variable manager, with the variables of a page's cards (Tasklist's HAL list asks for the filter's
   * columns of the page's tasks, as the signed-in user) checked by lookups where Camunda's check is its join.
   */
  static final class LookupVariableManager extends VariableInstanceManager {

    @Override
    public List<VariableInstance> findVariableInstanceByQueryCriteria(VariableInstanceQueryImpl query, Page page) {
      configureQuery(query);
      return asked(query, true, "selectVariableInstanceByQueryCriteria", VARIABLES_STATEMENT,
          statement -> getDbEntityManager().selectList(statement, query, page));
    }

    @Override
    public long findVariableInstanceCountByQueryCriteria(VariableInstanceQueryImpl query) {
      configureQuery(query);
      return asked(query, true, "selectVariableInstanceCountByQueryCriteria", VARIABLE_COUNT_STATEMENT,
          statement -> (Long) getDbEntityManager().selectOne(statement, query));
    }
  }

  /**
   * Camunda's authorisation manager, asking which of the user's groups hold any grant by looking those groups up,
   * where Camunda reads the group of every grant in the database ({@code select distinct GROUP_ID_}) at the start of
   * every command that checks authorisations: each open task has a grant of its own, so at 100,000 open tasks that
   * read took MariaDB 17 ms, five times for one Tasklist page. Here each of the user's groups is asked for one grant
   * ({@code limit 1}): reading all of a group's grants would read one per open task of which it is a candidate
   * (3.7 ms for the analysts' 25,000). The same groups come out; asked once per command.
   */
  static final class GroupLookupAuthorizationManager extends AuthorizationManager {
    private final Map<List<String>, List<String>> granted = new HashMap<>();

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      List<String> groups = authenticatedGroupIds == null ? List.of()
          : authenticatedGroupIds.stream().filter(Objects::nonNull).distinct().toList();
      if (groups.isEmpty()) {
        return new ArrayList<>();
      }
      return new ArrayList<>(granted.computeIfAbsent(groups, asked -> lookUp(asked)));
    }

    @SuppressWarnings("unchecked")
    private List<String> lookUp(List<String> groups) {
      return getDbEntityManager().selectList(GROUPS_STATEMENT, groups);
    }
  }

  /**
   * Runs {@code lookups} with the query's check as lookups where that may be (and {@code withLookups}), giving
   * Camunda's check back after; else {@code camundas}, with Camunda's check.
   */
  private static <T> T asked(ListQueryParameterObject query, boolean withLookups, String camundas, String lookups,
      Function<String, T> run) {
    AuthorizationCheck camunda = query.getAuthCheck();
    IndexedCheck indexed = withLookups ? indexedCheck(camunda) : null;
    if (indexed == null) {
      return run.apply(camundas);
    }
    query.setAuthCheck(indexed);
    try {
      return run.apply(lookups);
    } finally {
      query.setAuthCheck(camunda);
    }
  }
}
