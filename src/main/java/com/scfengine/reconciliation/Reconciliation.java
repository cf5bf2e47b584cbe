package com.scfengine.reconciliation;

import com.scfengine.applications.ApplicationState;
import com.scfengine.applications.Applications;
import com.scfengine.corebanking.CoreBanking;
import com.scfengine.financing.Bookings;
import com.scfengine.limits.Limits;
import com.scfengine.process.AsSystem;
import com.scfengine.registry.ReceivableRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciles every application and facility ({@link FindingKind}). Each source is read once, in bulk, whatever the
 * number of applications: the records, the running instances and open incidents (as the system, without Camunda
 * authorisation), the live holds, the live receivables, the recorded bookings, the facilities' utilisation — one
 * statement each — and the ledger through the core-banking port, a few hundred applications a call. All of it in one
 * read-only transaction. Announces {@link ReconciliationCompleted}.
 */
@Service
public class Reconciliation {

  /** At most this many findings name the activities their instance waits in (one engine read each). */
  static final int ACTIVITIES_NAMED = 100;

  private final Applications applications;
  private final Limits limits;
  private final ReceivableRegistry registry;
  private final Bookings bookings;
  private final CoreBanking coreBanking;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Reconciliation(Applications applications, Limits limits, ReceivableRegistry registry, Bookings bookings,
      CoreBanking coreBanking, RuntimeService runtime, IdentityService identity, ApplicationEventPublisher events,
      Clock clock) {
    this.applications = applications;
    this.limits = limits;
    this.registry = registry;
    this.bookings = bookings;
    this.coreBanking = coreBanking;
    this.runtime = runtime;
    this.identity = identity;
    this.events = events;
    this.clock = clock;
  }

  /** Compares everything now and answers every difference found. */
  @Transactional(readOnly = true)
  public ReconciliationReport run() {
    Instant checkedAt = clock.instant();
    List<ApplicationState> states = applications.states();
    Set<String> running = new HashSet<>();
    List<Comparison.OpenIncident> incidents = new ArrayList<>();
    AsSystem.run(identity, () -> {
      runtime.createProcessInstanceQuery().list().stream().map(ProcessInstance::getId).forEach(running::add);
      List<Incident> open = runtime.createIncidentQuery().list();
      Map<String, Incident> byId = new HashMap<>();
      open.forEach(incident -> byId.put(incident.getId(), incident));
      for (Incident incident : open) {
        Incident cause = byId.getOrDefault(incident.getRootCauseIncidentId(), incident);
        String message = cause.getIncidentMessage() == null ? incident.getIncidentType()
            : cause.getIncidentMessage();
        incidents.add(new Comparison.OpenIncident(incident.getProcessInstanceId(),
            cause == incident ? incident.getActivityId() : incident.getActivityId() + " (in " + cause.getActivityId()
                + ")", message));
      }
    });
    List<Limits.Utilisation> utilisations = limits.utilisations();
    var snapshot = new Comparison.Snapshot(states, running, incidents, limits.liveHolds(),
        registry.liveRegistrations(), bookings.recorded(),
        coreBanking.bookingsOf(states.stream().map(ApplicationState::id).toList()), utilisations);
    List<Finding> findings = withWaitingActivities(Comparison.findings(snapshot), states);
    ReconciliationReport report = new ReconciliationReport(checkedAt, states.size(), utilisations.size(), findings);
    events.publishEvent(new ReconciliationCompleted(checkedAt, report.counts()));
    return report;
  }

  /** An application that ended while its instance runs: where the instance waits, for the first few. */
  private List<Finding> withWaitingActivities(List<Finding> findings, List<ApplicationState> states) {
    Map<String, String> instanceOf = new HashMap<>();
    states.forEach(s -> instanceOf.put(s.id(), s.processInstanceId()));
    List<Finding> named = new ArrayList<>();
    int asked = 0;
    for (Finding finding : findings) {
      if (finding.kind() == FindingKind.FINAL_WITH_RUNNING_INSTANCE && asked++ < ACTIVITIES_NAMED) {
        String instance = instanceOf.get(finding.applicationId());
        ActivityInstance tree = AsSystem.run(identity, () -> runtime.getActivityInstance(instance));
        List<String> waiting = new ArrayList<>();
        leaves(tree, waiting);
        if (!waiting.isEmpty()) {
          finding = new Finding(finding.kind(), finding.applicationId(), finding.facilityId(), finding.expected(),
              finding.actual() + ", waiting in " + String.join(", ", waiting), finding.detail());
        }
      }
      named.add(finding);
    }
    return named;
  }

  private static void leaves(ActivityInstance instance, List<String> into) {
    if (instance == null) {
      return;
    }
    if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0) {
      if (!"processDefinition".equals(instance.getActivityType())) {
        into.add(instance.getActivityName() != null ? instance.getActivityName() : instance.getActivityId());
      }
      return;
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      leaves(child, into);
    }
    for (var transition : instance.getChildTransitionInstances()) {
      into.add(transition.getActivityId());
    }
  }
}
