package com.scfengine.applications;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import com.scfengine.registry.ReceivableRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Building block {@code recordOutcome}: moves the application to a status, readable at
 * {@code GET /api/applications/{id}}. Input parameters: {@code status} (required), {@code decision},
 * {@code reason} (when absent, the variable {@code rejectionReason} for REJECTED, else the reason kept).
 * REJECTED and CANCELLED release the application's receivables and announce {@link ApplicationEnded}, on which the
 * limits and the documents give back what they hold for it — in this step's transaction.
 */
@Component("recordOutcome")
class RecordOutcomeDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("recordOutcome", "Moves the application to a status, "
          + "readable at GET /api/applications/{id}. REJECTED and CANCELLED also give back every limit held and "
          + "release the receivable, here and in the external registry.")
      .order(110)
      .reads("rejectionReason", "the reason of a REJECTED outcome when the setting reason is not given")
      .setting("status", "required: SUBMITTED, IN_REVIEW, APPROVED, REJECTED, ISSUED, DISBURSED, SETTLED, OVERDUE "
          + "or CANCELLED")
      .setting("decision", "optional: the decision to record, e.g. DECLINED, NOT_ELIGIBLE")
      .setting("reason", "optional: the reason to record; an expression such as ${eligibilityReason} works")
      .writes("status, decision, reason", "the application record")
      .build();

  private final Applications applications;
  private final ReceivableRegistry registry;
  private final ApplicationEventPublisher events;

  RecordOutcomeDelegate(Applications applications, ReceivableRegistry registry, ApplicationEventPublisher events) {
    this.applications = applications;
    this.registry = registry;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution run) {
    ApplicationStatus status = ApplicationStatus.valueOf(Vars.string(run, "status"));
    String id = Vars.applicationId(run);
    String reason = Vars.optionalString(run, "reason");
    if (reason == null && status == ApplicationStatus.REJECTED) {
      reason = Vars.optionalString(run, Vars.REJECTION_REASON);
    }
    if (status == ApplicationStatus.REJECTED || status == ApplicationStatus.CANCELLED) {
      events.publishEvent(status == ApplicationStatus.REJECTED
          ? new ApplicationEnded.Rejected(id, reason) : new ApplicationEnded.Cancelled(id));
      registry.release(id);
    }
    applications.update(id, status, Vars.optionalString(run, "decision"), reason);
  }
}
