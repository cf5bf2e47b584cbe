package com.scfengine.documents;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import com.scfengine.registry.Receivable;
import com.scfengine.registry.ReceivableRegistry;
import com.scfengine.registry.ReceivableState;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code externalRegistry}: the receivable's fingerprint is accepted by the shared registry (not
 * financed elsewhere). Sets {@code nearDuplicateOf} when the receivable has the content of another under another
 * number.
 */
@Component("externalRegistry")
class ExternalRegistryDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("externalRegistry", "Registers the receivable's "
          + "one-way fingerprint with the shared external registry, so that it cannot be financed at another bank as "
          + "well." + BuildingBlock.callsOut("the document port"))
      .order(210)
      .reads("applicationId", "its registered receivable")
      .writes("nearDuplicateOf", "an application whose receivable has the same content under another number")
      .writes("rejectionReason", "why, when refused")
      .error(DocumentTrail.REJECTED, "the receivable is already registered for financing elsewhere")
      .build();

  private final DocumentVerifier documents;
  private final ReceivableRegistry registry;
  private final DocumentTrail trail;

  ExternalRegistryDelegate(DocumentVerifier documents, ReceivableRegistry registry, DocumentTrail trail) {
    this.documents = documents;
    this.registry = registry;
    this.trail = trail;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    Receivable receivable = registry.of(id).stream().filter(r -> r.getState() != ReceivableState.RELEASED)
        .findFirst().orElseThrow(() -> new IllegalStateException("No registered receivable for " + id));
    RegistryResult result = documents.registerFingerprint(receivable.getFingerprint(), id);
    trail.record(run, "REGISTRY", receivable.getFingerprint(), result.accepted() ? "ACCEPTED" : "ALREADY_REGISTERED",
        result.accepted() ? null : "registered by " + result.registeredBy());
    if (!result.accepted()) {
      throw trail.reject(run,
          "The receivable is already registered for financing elsewhere (" + result.registeredBy() + ")");
    }
    if (receivable.getNearDuplicateOf() != null) {
      run.setVariable("nearDuplicateOf", receivable.getNearDuplicateOf());
    }
  }
}
