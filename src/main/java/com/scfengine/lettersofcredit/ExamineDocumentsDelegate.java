package com.scfengine.lettersofcredit;

import com.scfengine.money.Money;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code examineDocuments}: shows the examiner the presentation and the first pass's findings (one
 * variable per kind, {@code finding<Kind>}, each to confirm or dismiss), and sets the clocks: the examination task
 * escalates to the team lead when the examination deadline's day begins ({@code escalateAt}), and a refusal must
 * leave by noon UTC of that day ({@code waiverCutOffAt}, UCP 600 Art. 14(b), 16(d)).
 */
@Component("examineDocuments")
class ExamineDocumentsDelegate implements JavaDelegate {

  /** When on the deadline day a refusal is sent at the latest: the rest of the day is for the message to arrive. */
  static final LocalTime REFUSAL_CUT_OFF = LocalTime.NOON;

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("examineDocuments", "Shows the examiner a presentation "
          + "under a letter of credit with the first pass's findings, and sets the examination deadline's clocks.")
      .order(600)
      .reads("presentationId", "the presentation recorded when the documents arrived")
      .writes("presentedOn, examinationDeadline, lastPresentationDate, presentationAmount, documentsPresented",
          "what the examiner sees")
      .writes("findingLatePresentation, findingAfterExpiry, findingOverAmount, findingLateShipment, findingDocuments",
          "each finding of the first pass, absent when there is none")
      .writes("escalateAt, waiverCutOffAt, discrepancyFee, settlementAmount", "the clocks and the figures")
      .build();

  private final LettersOfCredit credits;
  private final LcSettings settings;

  ExamineDocumentsDelegate(LettersOfCredit credits, LcSettings settings) {
    this.credits = credits;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution run) {
    LcPresentation presentation = credits.presentation(Vars.string(run, "presentationId"));
    LetterOfCredit credit = credits.get(presentation.getLcId());
    String currency = credit.getCurrency();
    run.setVariable("presentedOn", presentation.getPresentedOn().toString());
    run.setVariable("examinationDeadline", presentation.getExaminationDeadline().toString());
    run.setVariable("lastPresentationDate", presentation.getLastPresentationDate().toString());
    run.setVariable("presentationAmount", presentation.getInvoiceAmount().toPlainString());
    run.setVariable("settlementAmount", presentation.getInvoiceAmount().toPlainString());
    run.setVariable("discrepancyFee", Money.of(settings.discrepancyFee(), currency).toPlainString());
    run.setVariable("documentsPresented", List.of(presentation.getDocuments().split("\n")).stream()
        .map(FirstPass.Presented::parse).map(ExamineDocumentsDelegate::describe).collect(Collectors.joining("\n")));
    for (String finding : presentation.findingList()) {
      int colon = finding.indexOf(": ");
      FirstPass.Kind kind = FirstPass.Kind.valueOf(finding.substring(0, colon));
      run.setVariable("finding" + kind.suffix, finding.substring(colon + 2));
    }
    LocalDate deadline = presentation.getExaminationDeadline();
    run.setVariable("escalateAt", Date.from(deadline.atStartOfDay(ZoneOffset.UTC).toInstant()));
    run.setVariable("waiverCutOffAt", Date.from(deadline.atTime(REFUSAL_CUT_OFF).toInstant(ZoneOffset.UTC)));
  }

  private static String describe(FirstPass.Presented document) {
    String words = document.type().name().replace('_', ' ').toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ": " + document.originals() + " original(s), "
        + document.copies() + " copy(ies)";
  }
}
