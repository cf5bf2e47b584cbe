package com.scfengine.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The baseline's only delegate ({@code ${benchStep}}): it calls nothing and decides nothing, and writes the
 * process variables that the real building block at the same step writes — same names, same types — so
 * that the baseline carries as many variables through its call activities as the product does. Steps that
 * write nothing in the product write nothing here.
 */
public final class BaselineStep implements JavaDelegate {

  /** The step as a building block, so that the engine's deployment rules admit the baseline's models. */
  static final com.scfengine.process.BuildingBlock BLOCK = com.scfengine.process.BuildingBlock.serviceTask(
      BaselineModels.STEP_BEAN, "The benchmark baseline's step: calls nothing, writes the variables the product's "
          + "step at the same place writes.").order(9999).build();

  /** Start variables as the factoring API body makes them (FactoringBody), plus the initiator. */
  static Map<String, Object> startVariables(int seq, LocalDate today) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("applicantId", "BENCH-SELLER-001");
    v.put("counterpartyId", "BENCH-BUYER-001");
    v.put("instrumentNumber", "BASE-" + seq);
    v.put("faceAmount", "50000.00");
    v.put("requestedAmount", "40000.00");
    v.put("currency", "USD");
    v.put("issueDate", today.minusDays(5).toString());
    v.put("dueDate", today.plusDays(60).toString());
    v.put("recourse", Boolean.TRUE);
    v.put("disclosed", Boolean.FALSE);
    v.put("buyerDebitMandate", Boolean.FALSE);
    v.put("product", "FACTORING");
    return v;
  }

  @Override
  public void execute(DelegateExecution run) {
    switch (run.getCurrentActivityId()) {
      case "ServiceTask_RegisterApplication" -> {
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(60);
        run.setVariable("applicationId", run.getProcessBusinessKey());
        run.setVariable("applicantName", "Bench Seller 001 Ltd");
        run.setVariable("counterpartyName", "Bench Buyer 001 Inc");
        run.setVariable("tenorDays", 60);
        run.setVariable("paymentDueAt", Date.from(due.atStartOfDay(ZoneOffset.UTC).toInstant()));
        run.setVariable("overdueAt", Date.from(due.plusDays(5).atStartOfDay(ZoneOffset.UTC).toInstant()));
        run.setVariable("graceDays", 5);
        run.setVariable("buyerReminderAfter", "P2D");
        run.setVariable("buyerConfirmationCutOff", "P7D");
      }
      case "ServiceTask_RegisterExternally" -> run.setVariable("possibleDuplicate", false);
      case "ServiceTask_ScreenParties" -> {
        run.setVariable("screeningOutcome", "CLEAR");
        run.setVariable("screeningDetail", "");
      }
      case "ServiceTask_RateSeller" -> {
        run.setVariable("ratingGrade", "A");
        run.setVariable("probabilityOfDefault", "0.0040");
      }
      case "BusinessRuleTask_PriceAndCheckEligibility" -> { // only when the baseline leaves DMN out
        Map<String, Object> pricing = new HashMap<>();
        pricing.put("eligible", true);
        pricing.put("advanceRate", "0.85");
        pricing.put("discountRate", "0.0650");
        pricing.put("serviceFeeRate", "0.0050");
        pricing.put("reason", null);
        run.setVariable("pricing", pricing);
      }
      case "ServiceTask_ComputePricing" -> {
        run.removeVariable("pricing");
        run.setVariable("eligible", true);
        run.setVariable("advanceRate", "0.85");
        run.setVariable("discountRate", "0.0650");
        run.setVariable("serviceFeeRate", "0.0050");
        run.setVariable("advance", "34000.00");
        run.setVariable("discountDays", 65);
        run.setVariable("dayBasis", 360);
        run.setVariable("discountInterest", "399.03");
        run.setVariable("serviceFee", "250.00");
        run.setVariable("netAdvance", "33350.97");
        run.setVariable("reserve", "16000.00");
      }
      case "ServiceTask_ShowLimits" -> {
        run.setVariable("applicantLimitAvailable", "999999999.00");
        run.setVariable("counterpartyLimitAvailable", "0.00");
      }
      case "BusinessRuleTask_Authority" -> run.setVariable("authority", "STRAIGHT_THROUGH"); // only without DMN
      default -> {
        // verifyInvoice, externalRegistry, recordOutcome, reserveLimits, disbursement: no variables
      }
    }
  }
}
