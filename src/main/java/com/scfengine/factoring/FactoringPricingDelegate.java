package com.scfengine.factoring;

import com.scfengine.applications.Applications;
import com.scfengine.applications.FinancingApplication;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code factoringPricing}: turns the rates the DMN table {@code factoring-pricing} chose
 * (result variable {@code pricing}) into the figures of the advance, computed by {@link FactoringPrices}:
 * advance, discount days and basis, discount interest, service fee, net advance and reserve. Sets
 * {@code eligible} and, when not eligible, {@code eligibilityReason}. Funding is assumed today.
 */
@Component("factoringPricing")
class FactoringPricingDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("factoringPricing", "Turns the rates a pricing DMN "
          + "table chose into the figures of an advance against a receivable, computed by the one money module (exact "
          + "decimals, the currency's day basis). Works for any product that advances against an instrument; funding "
          + "is assumed today.")
      .order(400)
      .reads("pricing", "the DMN result: a business rule task with camunda:resultVariable=\"pricing\" and "
          + "camunda:mapDecisionResult=\"singleResult\" on a table with the outputs eligible (boolean), "
          + "advanceRate, discountRate, serviceFeeRate (decimal text) and reason")
      .reads("faceAmount, requestedAmount, currency, dueDate, graceDays", "the application's terms")
      .writes("eligible, eligibilityReason", "whether the table allows it, and why not")
      .writes("advanceRate, discountRate, serviceFeeRate", "the rates applied, decimal text")
      .writes("advance, discountInterest, serviceFee, netAdvance, reserve", "the figures, decimal text at the "
          + "currency's scale; the advance never exceeds requestedAmount")
      .writes("discountDays, dayBasis", "days discounted and the day-count basis (360 or 365)")
      .writes("advance, discountInterest, serviceFee, netAdvance on the application record", "what the steps "
          + "that move money read: they never take these figures from variables")
      .build();

  private final FactoringPrices prices;
  private final Applications applications;
  private final Clock clock;

  FactoringPricingDelegate(FactoringPrices prices, Applications applications, Clock clock) {
    this.prices = prices;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    @SuppressWarnings("unchecked")
    Map<String, Object> rates = (Map<String, Object>) run.getVariable("pricing");
    run.removeVariable("pricing");
    boolean eligible = rates != null && Boolean.TRUE.equals(rates.get("eligible"));
    run.setVariable("eligible", eligible);
    if (!eligible) {
      run.setVariable("eligibilityReason", rates == null ? "No pricing row matched" : String.valueOf(rates.get("reason")));
      return;
    }
    String currency = Vars.string(run, Vars.CURRENCY);
    int graceDays = run.getVariable("graceDays") instanceof Integer g ? g : 0;
    FactoringPricing price = prices.price(Vars.amount(run, Vars.FACE_AMOUNT),
        Vars.amount(run, Vars.REQUESTED_AMOUNT), rate(rates, "advanceRate"), rate(rates, "discountRate"),
        rate(rates, "serviceFeeRate"), LocalDate.now(clock), Vars.date(run, Vars.DUE_DATE), graceDays, currency);
    run.setVariable("advanceRate", price.advanceRate().toPlainString());
    run.setVariable("discountRate", price.discountRate().toPlainString());
    run.setVariable("serviceFeeRate", price.serviceFeeRate().toPlainString());
    run.setVariable(Vars.ADVANCE, Vars.text(price.advance(), currency));
    run.setVariable("discountDays", price.discountDays());
    run.setVariable("dayBasis", price.dayBasis());
    run.setVariable(Vars.DISCOUNT_INTEREST, Vars.text(price.discountInterest(), currency));
    run.setVariable(Vars.SERVICE_FEE, Vars.text(price.serviceFee(), currency));
    run.setVariable(Vars.NET_ADVANCE, Vars.text(price.netAdvance(), currency));
    run.setVariable("reserve", Vars.text(price.reserve(), currency));
    applications.recordPricing(Vars.applicationId(run), new FinancingApplication.Pricing(price.advance(),
        price.discountInterest(), price.serviceFee(), price.netAdvance()));
  }

  private static BigDecimal rate(Map<String, Object> rates, String name) {
    Object value = rates.get(name);
    if (value == null) {
      throw new IllegalStateException("The pricing table gave no " + name + " for an eligible application");
    }
    return new BigDecimal(value.toString());
  }
}
