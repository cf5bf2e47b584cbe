package com.scfengine.applications;

import com.scfengine.documents.DocumentVerifier;
import com.scfengine.limits.Limits;
import com.scfengine.process.Vars;
import com.scfengine.registry.ReceivableRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code recordOutcome}: moves the application to a status, readable at
 * {@code GET /api/applications/{id}}. Input parameters: {@code status} (required), {@code decision},
 * {@code reason} (when absent, the variable {@code rejectionReason} for REJECTED, else the reason kept).
 * REJECTED and CANCELLED also give back every limit held and release the receivable, here and in the
 * external registry.
 */
@Component("recordOutcome")
class RecordOutcomeDelegate implements JavaDelegate {

  private final Applications applications;
  private final Limits limits;
  private final ReceivableRegistry registry;
  private final DocumentVerifier documents;

  RecordOutcomeDelegate(Applications applications, Limits limits, ReceivableRegistry registry,
      DocumentVerifier documents) {
    this.applications = applications;
    this.limits = limits;
    this.registry = registry;
    this.documents = documents;
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
      limits.release(id);
      registry.of(id).forEach(r -> documents.releaseFingerprint(r.getFingerprint(), id));
      registry.release(id);
    }
    applications.update(id, status, Vars.optionalString(run, "decision"), reason);
  }
}
