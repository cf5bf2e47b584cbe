package com.scfengine.lettersofcredit;

import com.scfengine.common.FieldErrors;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.limits.CreditFacility;
import com.scfengine.limits.Facilities;
import com.scfengine.limits.FacilityKind;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code openCredit}: opens the record of the letter of credit, after {@code registerApplication} and
 * under the same id — a credit the bank issues for its applicant (APPLIED), or one another bank issued that it
 * advises to its customer, the beneficiary (RECEIVED). For a credit it issues, shows the people deciding what the
 * applicant's limit has available. The narratives (goods, documents) are kept in full on the record; the process
 * keeps for its forms what fits a variable.
 */
@Component("openCredit")
class OpenCreditDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("openCredit", "Opens the letter of credit's record "
          + "under the application's id: APPLIED for a credit the bank issues, RECEIVED for one it advises.")
      .order(510)
      .reads("the credit's terms, side", "as lcTerms checked them")
      .reads("issuingBankBic, issuingBankName, lcApplicant", "for a credit the bank advises: who issued it, for whom")
      .writes("applicantLimitAvailable", "the largest available OBLIGOR limit of the applicant, for a credit it issues")
      .writes("goodsShown, documentsShown", "the goods and documents as the forms show them")
      .build();

  private final LcTerms terms;
  private final LcSettings settings;
  private final LettersOfCredit credits;
  private final Enterprises enterprises;
  private final Facilities facilities;
  private final Clock clock;

  OpenCreditDelegate(LcTerms terms, LcSettings settings, LettersOfCredit credits, Enterprises enterprises,
      Facilities facilities, Clock clock) {
    this.terms = terms;
    this.settings = settings;
    this.credits = credits;
    this.enterprises = enterprises;
    this.facilities = facilities;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    LetterOfCredit.Side side = LetterOfCredit.Side.valueOf(LcTerms.sideOf(run));
    boolean issuing = side == LetterOfCredit.Side.ISSUING;
    FieldErrors errors = new FieldErrors();
    LcTerms.Checked checked = terms.check(run.getVariables(), errors, issuing);
    errors.throwIfAny("Letter of credit");
    String applicantId = Vars.string(run, Vars.APPLICANT_ID);
    String currency = checked.currency();
    LetterOfCredit credit;
    if (issuing) {
      credit = new LetterOfCredit(id, Vars.string(run, Vars.PRODUCT), side, checked, settings.bankBic(), applicantId,
          enterprises.get(applicantId).getName(), checked.cashMargin(), Instant.now(clock));
      BigDecimal available = facilities.of(applicantId).stream()
          .filter(f -> f.getKind() == FacilityKind.OBLIGOR && f.getCurrency().equals(currency))
          .map(CreditFacility::getAvailable).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
      run.setVariable("applicantLimitAvailable", Vars.text(available, currency));
    } else {
      credit = new LetterOfCredit(id, Vars.string(run, Vars.PRODUCT), side, checked,
          Vars.string(run, LcTerms.ISSUING_BANK_BIC), applicantId, Vars.string(run, "lcApplicant"),
          BigDecimal.ZERO.setScale(2), Instant.now(clock));
      credit.receive(Vars.date(run, Vars.ISSUE_DATE));
    }
    credits.save(credit);
    // the record has the narratives in full; the forms show what fits a variable
    run.setVariable("goodsShown", LcTerms.shown(checked.goods(), id));
    run.setVariable("documentsShown", LcTerms.shown(checked.documentsRequired(), id));
  }
}
