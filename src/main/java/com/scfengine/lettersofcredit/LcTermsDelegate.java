package com.scfengine.lettersofcredit;

import com.scfengine.common.FieldErrors;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code lcTerms}: checks a letter of credit's terms before {@code registerApplication} — every field
 * against UCP 600's logic and what SWIFT carries ({@link LcTerms}) — and sets the variables the credit's process
 * keeps, with the shared terms (the credit is the instrument, its maximum the amount at risk) and the credit's dates
 * on its currency's calendar. A credit the bank issues gets its credit number here. Bad terms refuse the start (HTTP
 * 400 naming each).
 */
@Component("lcTerms")
class LcTermsDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("lcTerms", "Checks a letter of credit's terms (UCP 600 "
          + "and SWIFT formats) before registerApplication and sets the credit's variables, its shared terms and its "
          + "dates on the currency's banking calendar. Bad terms refuse the start (HTTP 400 naming each).")
      .order(500)
      .reads("beneficiaryName, advisingBankBic, currency, amount, expiryDate, availableBy, documentsRequired, ...",
          "the credit's terms, as the application body or the start form gives them")
      .reads("side", "ISSUING for a credit the bank issues (IMPORT_LC), NOMINATED for one it advises (EXPORT_LC)")
      .writes("creditNumber, instrumentNumber, faceAmount, requestedAmount, issueDate, dueDate", "the shared terms")
      .writes("cashMargin, exposure, fullyCovered, marginRequired, expiresAt, lastPresentationDate", "what follows")
      .build();

  private final LcTerms terms;
  private final Clock clock;

  LcTermsDelegate(LcTerms terms, Clock clock) {
    this.terms = terms;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    String side = LcTerms.sideOf(run);
    boolean issuing = LetterOfCredit.Side.ISSUING.name().equals(side);
    Map<String, Object> values = new HashMap<>(run.getVariables());
    if (issuing && (values.get(LcTerms.CREDIT_NUMBER) == null || values.get(LcTerms.CREDIT_NUMBER).toString().isBlank())) {
      values.put(LcTerms.CREDIT_NUMBER, terms.newCreditNumber(LocalDate.now(clock)));
    }
    FieldErrors errors = new FieldErrors();
    LcTerms.Checked checked = terms.check(values, errors, issuing);
    errors.throwIfAny(issuing ? "Import letter of credit" : "Export letter of credit");
    Map<String, Object> variables = terms.variables(checked, side);
    if (!issuing && values.get(Vars.ISSUE_DATE) != null) {
      variables.remove(Vars.ISSUE_DATE); // the issuing bank's date of issue, field 31C
    }
    variables.putAll(terms.derived(checked));
    run.setVariables(variables);
  }
}
