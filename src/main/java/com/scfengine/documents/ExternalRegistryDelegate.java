package com.scfengine.documents;

import com.scfengine.money.Money;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import com.scfengine.registry.Receivable;
import com.scfengine.registry.ReceivableRegistry;
import com.scfengine.registry.ReceivableState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code externalRegistry}: registers the receivable's one-way fingerprints with the shared registry
 * under the bank's institution ({@code scf.documents.registry.institution}). Only the same receivable (same number)
 * registered by another institution rejects, naming it. The bank's own registrations are not "elsewhere". The same
 * content under another number — a live receivable of this bank ({@code nearDuplicateOf}) or another institution's
 * ({@code nearDuplicateAt}) — sets {@code possibleDuplicate} for trade operations to clear.
 */
@Component("externalRegistry")
class ExternalRegistryDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("externalRegistry", "Registers the receivable's "
          + "one-way fingerprints with the shared external registry under the bank's institution, so that it cannot be "
          + "financed at another bank as well. Only the same receivable (same number) registered by another institution "
          + "rejects, naming it; the bank's own registrations are not elsewhere. The same content under another number, "
          + "here or at another institution, is a possible duplicate: route possibleDuplicate to a person (the "
          + "document-checks process does)." + BuildingBlock.callsOut("the document port"))
      .order(210)
      .reads("applicationId", "its registered receivable")
      .writes("possibleDuplicate", "true when the same content is registered under another number, here or elsewhere "
          + "(route it to a person), else false")
      .writes("nearDuplicateOf", "the application at this bank whose live receivable has the same content under "
          + "another number")
      .writes("nearDuplicateAt", "the institution holding the same content under another number")
      .writes("duplicateDetail", "both receivables, for the person who clears it")
      .writes("rejectionReason", "why, when refused")
      .error(DocumentTrail.REJECTED, "another institution registered the same receivable (same number): financed "
          + "elsewhere at that institution")
      .build();

  private final DocumentVerifier documents;
  private final ReceivableRegistry registry;
  private final DocumentTrail trail;
  private final String institution;

  ExternalRegistryDelegate(DocumentVerifier documents, ReceivableRegistry registry, DocumentTrail trail,
      DocumentsProperties settings) {
    this.documents = documents;
    this.registry = registry;
    this.trail = trail;
    this.institution = settings.registry().institution().strip();
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    Receivable receivable = registry.of(id).stream().filter(r -> r.getState() != ReceivableState.RELEASED)
        .findFirst().orElseThrow(() -> new IllegalStateException("No registered receivable for " + id));
    RegistryResult result = documents.registerFingerprint(new RegistryEntry(receivable.getFingerprint(),
        receivable.getNumberFingerprint(), institution, id));
    trail.record(run, "REGISTRY", receivable.getFingerprint(), result.accepted() ? "ACCEPTED" : "REFUSED",
        result.matches().isEmpty() ? null : result.matches().stream().map(ExternalRegistryDelegate::describe)
            .collect(Collectors.joining("; ")));

    var elsewhere = result.financedElsewhere(institution);
    if (elsewhere.isPresent()) {
      throw trail.reject(run, "The receivable is already registered for financing elsewhere, at "
          + elsewhere.get().institution() + reference(elsewhere.get()));
    }
    List<String> others = new ArrayList<>();
    if (receivable.getNearDuplicateOf() != null) {
      registry.receivable(receivable.getNearDuplicateOf()).filter(r -> r.getState() != ReceivableState.RELEASED)
          .ifPresent(other -> {
            run.setVariable("nearDuplicateOf", other.getApplicationId());
            others.add("Same content at this bank: " + content(other) + ", application " + other.getApplicationId()
                + ", " + other.getState().name().toLowerCase(Locale.ROOT));
          });
    }
    result.nearDuplicateElsewhere(institution).ifPresent(match -> {
      run.setVariable("nearDuplicateAt", match.institution());
      others.add("Same parties, amount, currency and dates under another number at " + match.institution()
          + reference(match));
    });
    if (result.refusedUnnamed()) {
      others.add("The shared registry refused the registration without naming who holds it");
    }
    run.setVariable("possibleDuplicate", !others.isEmpty());
    if (!others.isEmpty()) {
      run.setVariable("duplicateDetail", "This receivable: " + content(receivable) + ", application " + id + "\n"
          + String.join("\n", others));
    }
  }

  private static String content(Receivable r) {
    return r.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + r.getNumber() + " of "
        + r.getSellerId() + " on " + r.getBuyerId() + ", " + r.getCurrency() + " "
        + Money.of(r.getAmount(), r.getCurrency()).toPlainString() + ", issued " + r.getIssueDate() + ", due "
        + r.getDueDate();
  }

  private static String reference(RegistryResult.Match match) {
    return match.reference() == null ? "" : " (their reference " + match.reference() + ")";
  }

  private static String describe(RegistryResult.Match match) {
    return (match.sameNumber() ? "same number" : "other number") + " at "
        + (match.institution() == null ? "an unnamed institution" : match.institution()) + reference(match);
  }
}
