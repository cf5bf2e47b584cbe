package com.scfengine.supplychainfinance;

import com.scfengine.applications.Applications;
import com.scfengine.applications.FinancingApplication;
import com.scfengine.applications.Rejections;
import com.scfengine.money.DayCounts;
import com.scfengine.money.InterestCalculator;
import com.scfengine.money.Money;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code reverseFactoringPricing}: turns the row the DMN table {@code scf-pricing} chose on the core
 * enterprise's rating and the tenor (result variable {@code scfPricing}) into the early payment's figures. The rate is
 * the programme's base rate (or the currency's, {@code scf.supply-chain.base-rates}) plus the table's margin; the
 * discount is amount × rate × days / basis ({@link InterestCalculator#interestForDays}, days = today → due date,
 * basis the currency's), rounded once; there is no advance rate and no fee: the supplier gets amount − discount.
 */
@Component("reverseFactoringPricing")
class ReverseFactoringPricingDelegate implements JavaDelegate {

  static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";
  static final String RESULT = "scfPricing";

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("reverseFactoringPricing", "Prices the early "
          + "payment of a payable on the core enterprise's credit: rate = the programme's base rate (else the "
          + "currency's, scf.supply-chain.base-rates) + the margin of the DMN table; discount = amount × rate × days "
          + "/ basis (days to the due date, the currency's basis); the supplier gets amount − discount. Records the "
          + "figures on the application for the disbursement.")
      .order(415)
      .reads(RESULT, "the DMN result: a business rule task with camunda:resultVariable=\"scfPricing\" and "
          + "camunda:mapDecisionResult=\"singleResult\" on a table with the outputs eligible (boolean), margin and "
          + "approvalAbove (decimal text) and reason")
      .reads("programmeId, faceAmount, currency, tenorDays", "the programme and the payable's amount and tenor")
      .writes("baseRate, margin, discountRate", "the rates applied, decimal text")
      .writes("discountDays, dayBasis", "days discounted and the day-count basis (360 or 365)")
      .writes("advance, discountInterest, serviceFee, netAdvance", "amount, discount, 0 and amount − discount, "
          + "decimal text; also recorded on the application, which is what the disbursement reads")
      .writes("approvalAbove, analystApproval", "the amount above which an analyst approves, and whether this one "
          + "needs it (boolean)")
      .writes("rejectionReason", "why, when not eligible")
      .error(NOT_ELIGIBLE, "the table finds the core enterprise or the tenor not eligible, or there is no base rate")
      .build();

  private final Programmes programmes;
  private final ScfSettings settings;
  private final InterestCalculator calculator;
  private final DayCounts dayCounts;
  private final Applications applications;
  private final Rejections rejections;

  ReverseFactoringPricingDelegate(Programmes programmes, ScfSettings settings, InterestCalculator calculator,
      DayCounts dayCounts, Applications applications, Rejections rejections) {
    this.programmes = programmes;
    this.settings = settings;
    this.calculator = calculator;
    this.dayCounts = dayCounts;
    this.applications = applications;
    this.rejections = rejections;
  }

  @Override
  public void execute(DelegateExecution run) {
    @SuppressWarnings("unchecked")
    Map<String, Object> row = (Map<String, Object>) run.getVariable(RESULT);
    run.removeVariable(RESULT);
    if (row == null) {
      throw rejections.refuse(run, NOT_ELIGIBLE, "No row of the supply-chain pricing table matched");
    }
    if (!Boolean.TRUE.equals(row.get("eligible"))) {
      Object reason = row.get("reason");
      throw rejections.refuse(run, NOT_ELIGIBLE, reason == null ? "The supply-chain pricing table gave no reason"
          : reason.toString());
    }
    Programme programme = programmes.get(Vars.string(run, EarlyPayments.PROGRAMME_ID));
    String currency = Vars.string(run, Vars.CURRENCY);
    BigDecimal base = settings.baseRateOf(programme);
    if (base == null) {
      throw rejections.refuse(run, NOT_ELIGIBLE, "Programme " + programme.getId() + " sets no base rate and the bank "
          + "sets none for " + currency + " (scf.supply-chain.base-rates)");
    }
    BigDecimal margin = decimal(row, "margin");
    BigDecimal approvalAbove = Money.of(decimal(row, "approvalAbove"), currency);
    BigDecimal rate = base.add(margin);
    BigDecimal amount = Vars.amount(run, Vars.FACE_AMOUNT);
    int days = ((Number) run.getVariable(Vars.TENOR_DAYS)).intValue();
    BigDecimal discount = calculator.interestForDays(amount, rate, days, currency);
    BigDecimal net = amount.subtract(discount);
    BigDecimal fee = Money.of(BigDecimal.ZERO, currency);
    applications.recordPricing(Vars.applicationId(run), new FinancingApplication.Pricing(amount, discount, fee, net));

    run.setVariable("baseRate", base.stripTrailingZeros().toPlainString());
    run.setVariable("margin", margin.stripTrailingZeros().toPlainString());
    run.setVariable("discountRate", rate.stripTrailingZeros().toPlainString());
    run.setVariable("discountDays", days);
    run.setVariable("dayBasis", dayCounts.forCurrency(currency).basis());
    run.setVariable(Vars.ADVANCE, Vars.text(amount, currency));
    run.setVariable(Vars.DISCOUNT_INTEREST, Vars.text(discount, currency));
    run.setVariable(Vars.SERVICE_FEE, Vars.text(fee, currency));
    run.setVariable(Vars.NET_ADVANCE, Vars.text(net, currency));
    run.setVariable("approvalAbove", Vars.text(approvalAbove, currency));
    run.setVariable("analystApproval", amount.compareTo(approvalAbove) > 0);
  }

  private static BigDecimal decimal(Map<String, Object> row, String name) {
    Object value = row.get(name);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalStateException("The supply-chain pricing table gave no " + name + " for an eligible payable");
    }
    return new BigDecimal(value.toString().trim());
  }
}
