package com.scfengine.security;

import static com.scfengine.security.Roles.CREDIT_ANALYSTS;
import static com.scfengine.security.Roles.CREDIT_APPROVERS;
import static com.scfengine.security.Roles.CREDIT_COMMITTEE;
import static com.scfengine.security.Roles.PRODUCT_DESIGNERS;
import static com.scfengine.security.Roles.RELATIONSHIP_MANAGERS;
import static com.scfengine.security.Roles.TRADE_OPERATIONS;
import static com.scfengine.security.Roles.TREASURY;

import com.scfengine.process.ProductModel;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Camunda authorisation is on. At start-up, in every profile, each role (Camunda group) gets what its job
 * needs and nothing more — created once, so changes a bank makes in Camunda Admin are kept:
 * <ul>
 *   <li>every role: Tasklist, the shipped filters, reading products (process and decision definitions) and
 *       the names of users and groups; tasks come to them by candidate group (Camunda grants those itself);</li>
 *   <li>every role but the designers: reading the running applications and their variables, which Tasklist shows on
 *       the task cards — as the product API shows every application to every bank user;</li>
 *   <li>relationship managers: start products — {@code CREATE_INSTANCE} on each product's process, made when the
 *       product is deployed ({@link ProductStartGrants}), never on {@code *}, so no one starts a called process;</li>
 *   <li>product designers: deploy, and see their products' definitions in Cockpit — not the applications running
 *       on them, nor their variables or history (customer data).</li>
 * </ul>
 * Members of {@code camunda-admin} hold ALL on every resource. Cockpit and Admin are closed to everyone else.
 */
@Component
@Order(1)
class RoleAuthorizations implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(RoleAuthorizations.class);
  private static final List<String> WORKFLOW_ROLES = List.of(RELATIONSHIP_MANAGERS, CREDIT_ANALYSTS, CREDIT_APPROVERS,
      CREDIT_COMMITTEE, TRADE_OPERATIONS, Roles.TRADE_OPERATIONS_LEADS, TREASURY, PRODUCT_DESIGNERS);

  private final AuthorizationService authorizations;
  private final RepositoryService repository;

  RoleAuthorizations(AuthorizationService authorizations, RepositoryService repository) {
    this.authorizations = authorizations;
    this.repository = repository;
  }

  private record Grant(String group, Resource resource, String resourceId, List<Permission> permissions) {}

  @Override
  public void run(ApplicationArguments args) {
    List<Grant> grants = new ArrayList<>();
    // as Camunda's own first-admin setup does: the admin group holds ALL on every resource
    for (Resources resource : Resources.values()) {
      grants.add(new Grant(Roles.ADMIN, resource, "*", List.of(Permissions.ALL)));
    }
    for (String role : WORKFLOW_ROLES) {
      grants.add(new Grant(role, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)));
      grants.add(new Grant(role, Resources.FILTER, "*", List.of(Permissions.READ)));
      grants.add(new Grant(role, Resources.DECISION_DEFINITION, "*", List.of(Permissions.READ)));
      grants.add(new Grant(role, Resources.USER, "*", List.of(Permissions.READ)));
      grants.add(new Grant(role, Resources.GROUP, "*", List.of(Permissions.READ)));
      // the credit teams read the applications' variables (Tasklist's cards, Cockpit-free lookups over REST), as they
      // read the applications over the product API; designers read models only
      grants.add(new Grant(role, Resources.PROCESS_DEFINITION, "*", role.equals(PRODUCT_DESIGNERS)
          ? List.of(Permissions.READ)
          : List.of(Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
              ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE)));
    }
    grants.add(new Grant(RELATIONSHIP_MANAGERS, Resources.PROCESS_INSTANCE, "*", List.of(Permissions.CREATE)));
    grants.add(new Grant(PRODUCT_DESIGNERS, Resources.DEPLOYMENT, "*",
        List.of(Permissions.CREATE, Permissions.READ, Permissions.DELETE)));
    grants.add(new Grant(PRODUCT_DESIGNERS, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)));
    grants.add(new Grant(PRODUCT_DESIGNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", List.of(Permissions.READ)));
    int created = 0;
    for (Grant grant : grants) {
      created += grant(grant) ? 1 : 0;
    }
    if (created > 0) {
      log.info("Granted {} role authorisations", created);
    }
    withdrawCustomerDataFromDesigners();
    startProductsOnly();
  }

  /**
   * Relationship managers start products, each by its own grant: a start grant on every process ({@code *}), which
   * an earlier version made, loses {@code CREATE_INSTANCE}, and every deployed product has its grant. Done at every
   * start, as the designers' withdrawal.
   */
  private void startProductsOnly() {
    for (Authorization grant : authorizations.createAuthorizationQuery().groupIdIn(RELATIONSHIP_MANAGERS)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(Authorization.ANY).list()) {
      if (grant.isPermissionGranted(Permissions.CREATE_INSTANCE)) {
        grant.removePermission(Permissions.CREATE_INSTANCE);
        authorizations.saveAuthorization(grant);
        log.info("Relationship managers start products only: withdrew their start grant on every process");
      }
    }
    int granted = 0;
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      String code = ProductModel.properties(repository.getBpmnModelInstance(definition.getId()), definition.getKey())
          .get(ProductModel.CODE);
      if (code != null && !code.isBlank() && ProductStartGrants.grantStart(authorizations, definition.getKey())) {
        granted++;
      }
    }
    if (granted > 0) {
      log.info("Granted relationship managers the start of {} products", granted);
    }
  }

  /**
   * Product designers read no customer data, whatever a grant says: their grants on process definitions lose the
   * permissions to read instances, their variables, history and tasks, and grants on process and historic instances
   * go. Done at every start, so a database made by an earlier version, or a grant added later, cannot give it back.
   */
  private void withdrawCustomerDataFromDesigners() {
    int changed = 0;
    for (Authorization grant : authorizations.createAuthorizationQuery().groupIdIn(PRODUCT_DESIGNERS)
        .resourceType(Resources.PROCESS_DEFINITION).list()) {
      boolean reads = false;
      for (Permission customerData : List.of(ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
          ProcessDefinitionPermissions.READ_HISTORY_VARIABLE)) {
        if (grant.isPermissionGranted(customerData)) {
          grant.removePermission(customerData);
          reads = true;
        }
      }
      if (reads) {
        authorizations.saveAuthorization(grant);
        changed++;
      }
    }
    for (Resources instances : List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE,
        Resources.HISTORIC_TASK, Resources.TASK)) {
      for (Authorization grant : authorizations.createAuthorizationQuery().groupIdIn(PRODUCT_DESIGNERS)
          .resourceType(instances).list()) {
        authorizations.deleteAuthorization(grant.getId());
        changed++;
      }
    }
    if (changed > 0) {
      log.info("Withdrew {} grants that let product designers read customer data", changed);
    }
  }

  /** Creates the grant unless the group already has one on that resource (then the bank's choice stands). */
  private boolean grant(Grant grant) {
    if (authorizations.createAuthorizationQuery().groupIdIn(grant.group()).resourceType(grant.resource())
        .resourceId(grant.resourceId()).count() > 0) {
      return false;
    }
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(grant.group());
    authorization.setResource(grant.resource());
    authorization.setResourceId(grant.resourceId());
    grant.permissions().forEach(authorization::addPermission);
    authorizations.saveAuthorization(authorization);
    return true;
  }
}
