package com.scfengine.lettersofcredit;

import com.scfengine.common.FieldErrors;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import com.scfengine.swift.SwiftRules;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code recordExamination}: records the examiner's decision — each finding of the first pass the
 * examiner let stand ({@code confirm<Kind>}, standing unless dismissed) and the further discrepancies written one per
 * line — on the presentation: COMPLYING without any, else DISCREPANT.
 */
@Component("recordExamination")
class RecordExaminationDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("recordExamination", "Records the examination of a "
          + "presentation under a letter of credit: the findings confirmed and the further discrepancies; COMPLYING or "
          + "DISCREPANT.")
      .order(610)
      .reads("finding<Kind>, confirm<Kind>, otherDiscrepancies", "the examiner's decision")
      .writes("discrepant, discrepanciesText", "for the route and the waiver or refusal")
      .build();

  private final LettersOfCredit credits;
  private final Clock clock;

  RecordExaminationDelegate(LettersOfCredit credits, Clock clock) {
    this.credits = credits;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    LcPresentation presentation = credits.presentation(Vars.string(run, "presentationId"));
    List<String> discrepancies = new ArrayList<>();
    for (FirstPass.Kind kind : FirstPass.Kind.values()) {
      String finding = Vars.optionalString(run, "finding" + kind.suffix);
      if (finding != null && !finding.isBlank() && Vars.flag(run, "confirm" + kind.suffix, true)) {
        discrepancies.add(finding);
      }
    }
    String other = Vars.optionalString(run, "otherDiscrepancies");
    if (other != null) {
      other.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(discrepancies::add);
    }
    String text = String.join("\n", discrepancies);
    String problem = text.isEmpty() ? null : SwiftRules.fits(text, 70, 50, 'z');
    if (problem != null) {
      FieldErrors errors = new FieldErrors();
      errors.add("otherDiscrepancies", "the discrepancies must fit a refusal (MT734 field 77J): " + problem);
      errors.throwIfAny("Examination");
    }
    Instant now = Instant.now(clock);
    presentation.recordFindings(discrepancies, now);
    presentation.moveTo(discrepancies.isEmpty() ? LcPresentation.Status.COMPLYING : LcPresentation.Status.DISCREPANT,
        now);
    credits.savePresentation(presentation);
    run.setVariable("discrepant", !discrepancies.isEmpty());
    run.setVariable("discrepanciesText", text);
  }
}
