package com.scfengine.supplychainfinance;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.common.PortRequestRejectedException;
import com.scfengine.financing.Bookings;
import com.scfengine.limits.Limits;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import com.scfengine.registry.ReceivableRegistry;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code collectFromCoreEnterprise}: at the due date the core enterprise pays the whole payable to the
 * bank — by a debit of its account ({@code channel} DEBIT, the default) or, after dunning, by a payment that arrived
 * in the collections account (PAYMENT). Booked once ({@link Bookings}); the programme limit is released, the payable
 * PAID, its receivable SETTLED, the application SETTLED. Never a booking against the supplier: reverse factoring is
 * without recourse.
 *
 * <p>What counts as "the core enterprise did not pay": core banking refuses the debit ({@link
 * PortRequestRejectedException}, a 4xx answer such as insufficient funds or a blocked account). That refusal is a
 * business outcome — BPMN error {@code CORE_ENTERPRISE_UNPAID} — and nothing is booked. An outage
 * (PortUnavailableException) is not: the job retries, then raises an incident.
 */
@Component("collectFromCoreEnterprise")
class CollectFromCoreEnterpriseDelegate implements JavaDelegate {

  static final String UNPAID = "CORE_ENTERPRISE_UNPAID";

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("collectFromCoreEnterprise", "Collects a financed "
          + "payable's whole amount from the core enterprise at its due date — a debit of its account, or a payment "
          + "that arrived after dunning — booked once; releases the programme limit; payable PAID, receivable SETTLED, "
          + "application SETTLED. Nothing is ever booked against the supplier (no recourse)."
          + BuildingBlock.callsOut("core banking"))
      .order(425)
      .reads("payableId, counterpartyId, currency", "the payable and the core enterprise")
      .reads("advance", "the payable's amount, as recorded on the application")
      .setting("channel", "optional: DEBIT (default: debit the core enterprise's account) or PAYMENT (its payment "
          + "arrived in the collections account)")
      .writes("status SETTLED, decision PAID_BY_DEBIT or PAID", "the application record")
      .writes("payable PAID, receivable SETTLED", "the payable and the registry")
      .writes("rejectionReason", "core banking's answer, when it refuses the debit")
      .error(UNPAID, "core banking refuses the debit (a 4xx answer: insufficient funds, account blocked); nothing is "
          + "booked and the limit stays held")
      .build();

  private final Bookings bookings;
  private final Applications applications;
  private final Payables payables;
  private final Limits limits;
  private final ReceivableRegistry registry;

  CollectFromCoreEnterpriseDelegate(Bookings bookings, Applications applications, Payables payables, Limits limits,
      ReceivableRegistry registry) {
    this.bookings = bookings;
    this.applications = applications;
    this.payables = payables;
    this.limits = limits;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    String payableId = Vars.string(run, EarlyPayments.PAYABLE_ID);
    String currency = Vars.string(run, Vars.CURRENCY);
    String core = Vars.string(run, Vars.COUNTERPARTY_ID);
    BigDecimal amount = applications.get(id).getPricing().orElseThrow(() ->
        new IllegalStateException("Early payment " + id + " was not priced")).advance();
    boolean debit = !"PAYMENT".equals(Vars.optionalString(run, "channel"));
    if (debit) {
      try {
        bookings.debitCoreEnterprise(id, core, currency, amount);
      } catch (PortRequestRejectedException refused) {
        String reason = "Core banking refused to debit " + core + " " + currency + " " + amount.toPlainString()
            + ": " + refused.getMessage();
        run.setVariable(Vars.REJECTION_REASON, reason);
        throw new BpmnError(UNPAID, reason);
      }
    } else {
      bookings.collect(id, Vars.string(run, Vars.APPLICANT_ID), currency, amount, amount);
    }
    limits.release(id);
    registry.markSettled(payableId);
    payables.paid(payableId);
    applications.update(id, ApplicationStatus.SETTLED, debit ? "PAID_BY_DEBIT" : "PAID",
        "The core enterprise " + core + " paid " + amount.toPlainString() + " " + currency);
  }
}
