package com.scfengine.applications;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Building block {@code fourEyes} (task listener on {@code complete}): separation of duties enforced by the
 * engine, whatever the client. The user completing the task must be signed in, belong to one of the
 * task's candidate groups (or be its assignee), differ from the user who submitted the application (as its
 * record says — not a variable a person could touch), and differ from everyone who completed an earlier
 * guarded task of the same instance. A task claimed by someone is completed by that person only. A completion
 * that breaks any of it is refused with a clear error and changes nothing. The completer is the task's
 * assignee, so history shows who decided.
 */
@Component("fourEyes")
class FourEyesListener implements TaskListener {

  static final String DECIDERS = "deciders";

  static final BuildingBlock BLOCK = BuildingBlock.taskListener("fourEyes", "Separation of duties enforced by the "
          + "engine, on the complete event of a user task: the completer must be signed in, belong to a candidate "
          + "group (or be the assignee), be the assignee of a claimed task, differ from the submitter (as the "
          + "application's record says) and from everyone who completed an earlier guarded task of the instance. A "
          + "completion that breaks it is refused (HTTP 403 on /engine-rest) and changes nothing.")
      .order(140)
      .reads("applicationId", "the application, whose record names its submitter")
      .reads("deciders", "who decided before (comma-separated)")
      .writes("deciders", "the completer added")
      .writes("<taskDefinitionKey>CompletedBy", "who completed this task, e.g. UserTask_ReviewCreditCompletedBy")
      .writes("task assignee", "the completer, so that history shows who decided")
      .build();

  private final IdentityService identityService;
  private final Applications applications;

  FourEyesListener(IdentityService identityService, Applications applications) {
    this.identityService = identityService;
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    Authentication who = identityService.getCurrentAuthentication();
    if (who == null || who.getUserId() == null) {
      throw new FourEyesViolation("Task '" + task.getName() + "' must be completed by a signed-in user");
    }
    String user = who.getUserId();
    List<String> groups = who.getGroupIds() == null ? List.of() : who.getGroupIds();
    List<String> candidates = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    boolean admin = groups.contains(Groups.CAMUNDA_ADMIN);
    if (!admin && !user.equals(task.getAssignee()) && !candidates.isEmpty()
        && candidates.stream().noneMatch(groups::contains)) {
      throw new FourEyesViolation(user + " may not complete '" + task.getName() + "': it belongs to " + candidates);
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
      throw new FourEyesViolation("'" + task.getName() + "' is claimed by " + task.getAssignee() + ": only "
          + task.getAssignee() + " may complete it (or unclaim it first)");
    }
    String application = (String) task.getVariable(Vars.APPLICATION_ID);
    String submitter = application != null && applications.exists(application)
        ? applications.get(application).getSubmittedBy() : (String) task.getVariable(Vars.SUBMITTED_BY);
    if (user.equals(submitter)) {
      throw new FourEyesViolation("Four eyes: " + user + " submitted application "
          + task.getVariable(Vars.APPLICATION_ID) + " and may not also decide '" + task.getName() + "'");
    }
    Object recorded = task.getVariable(DECIDERS);
    List<String> deciders = new ArrayList<>(recorded == null || recorded.toString().isBlank()
        ? List.of() : List.of(recorded.toString().split(",")));
    if (deciders.contains(user)) {
      throw new FourEyesViolation("Four eyes: " + user + " already decided on application "
          + task.getVariable(Vars.APPLICATION_ID) + "; '" + task.getName() + "' needs another person");
    }
    deciders.add(user);
    task.getExecution().setVariable(DECIDERS, String.join(",", deciders));
    task.getExecution().setVariable(task.getTaskDefinitionKey() + "CompletedBy", user);
    if (task.getAssignee() == null) {
      task.setAssignee(user);
    }
  }
}
