package com.scfengine.supplychainfinance;

import com.scfengine.common.PortRequestRejectedException;
import com.scfengine.financing.Bookings;
import com.scfengine.process.BuildingBlock;
import com.scfengine.registry.ReceivableRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Building block {@code payDueUnfinanced}: the bank as paying agent. Every OPEN payable due by today, of a programme
 * whose {@code payingAgent} is on, is paid to its supplier on the core enterprise's behalf: the core enterprise's
 * account debited, the supplier's credited; the payable PAID, its receivable SETTLED.
 *
 * <p>One booking per payable, each under its own idempotency key {@code {payableId}:PAYING-AGENT}, rather than one
 * batch booking per programme: a retried run (an outage half-way) books nothing twice, core banking's refusal of one
 * debit leaves the others paid (that payable is OVERDUE: the core enterprise did not pay it), and each supplier sees
 * one line per invoice to reconcile. A core-banking outage fails the whole run, which retries; what was booked before
 * is found again under its key.
 */
@Component("payDueUnfinanced")
class PayDueUnfinancedDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(PayDueUnfinancedDelegate.class);

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("payDueUnfinanced", "Paying agent: pays every OPEN "
          + "payable due by today, of programmes with payingAgent, to its supplier on the core enterprise's behalf — "
          + "one booking per payable (key {payableId}:PAYING-AGENT: debit the core enterprise, credit the supplier); "
          + "payable PAID, receivable SETTLED. A payable whose debit core banking refuses is OVERDUE."
          + BuildingBlock.callsOut("core banking"))
      .order(440)
      .writes("paidPayables, refusedPayables", "how many payables were paid, and how many core banking refused")
      .writes("payables PAID (or OVERDUE), receivables SETTLED", "the payables and the registry; a booking each")
      .build();

  private final Payables payables;
  private final Programmes programmes;
  private final Bookings bookings;
  private final ReceivableRegistry registry;
  private final Clock clock;

  PayDueUnfinancedDelegate(Payables payables, Programmes programmes, Bookings bookings, ReceivableRegistry registry,
      Clock clock) {
    this.payables = payables;
    this.programmes = programmes;
    this.bookings = bookings;
    this.registry = registry;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    Map<String, Programme> seen = new HashMap<>();
    int paid = 0;
    List<String> refused = new ArrayList<>();
    for (Payable payable : payables.dueUnfinanced(LocalDate.now(clock))) {
      Programme programme = seen.computeIfAbsent(payable.getProgrammeId(), programmes::get);
      if (!programme.isPayingAgent()) {
        continue;
      }
      try {
        bookings.payAsPayingAgent(payable.getId(), programme.getCoreEnterpriseId(), payable.getSupplierId(),
            payable.getCurrency(), payable.getAmount());
      } catch (PortRequestRejectedException e) {
        log.warn("Paying agent: core banking refused to debit {} for payable {}: {}", programme.getCoreEnterpriseId(),
            payable.getId(), e.getMessage());
        payables.overdue(payable.getId());
        refused.add(payable.getId());
        continue;
      }
      registry.markFinanced(payable.getId()); // PENDING → FINANCED → SETTLED: the registry settles a financed one
      registry.markSettled(payable.getId());
      payables.paid(payable.getId());
      paid++;
    }
    run.setVariable("paidPayables", paid);
    run.setVariable("refusedPayables", refused.size());
  }
}
