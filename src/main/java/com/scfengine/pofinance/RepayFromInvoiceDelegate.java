package com.scfengine.pofinance;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.applications.FinancingApplication;
import com.scfengine.financing.Bookings;
import com.scfengine.limits.Limits;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import com.scfengine.registry.ReceivableRegistry;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code repayFromInvoice}: a purchase-order loan is repaid from the proceeds of the financing of the
 * invoice the order became (the message {@link PoFinance#INVOICE_FINANCED}, sent by {@code settlePurchaseOrderLoan}).
 * Both records are read, not the variables: the financing must be disbursed, to the same supplier in the same
 * currency. One booking of the loan's advance, once ({@link Bookings#repayFromProceeds}); the limit released; the
 * purchase order settled in the registry; SETTLED.
 */
@Component("repayFromInvoice")
class RepayFromInvoiceDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("repayFromInvoice", "Repays a purchase-order loan "
          + "from the proceeds of the financing of the invoice the order became (message InvoiceFinanced, sent by "
          + "settlePurchaseOrderLoan): the supplier's account gives the advance back in one booking of its own, the "
          + "limit is released, the purchase order is settled. Runs in the transaction of the financing that repays "
          + "it: no async continuation before it.")
      .order(416)
      .reads("invoiceApplicationId", "the financing whose proceeds repay the loan: disbursed, same applicant and "
          + "currency")
      .reads("applicationId", "the loan, its advance as recorded on the application")
      .writes("status SETTLED, decision REPAID_FROM_INVOICE", "the application record; a booking in the ledger")
      .build();

  private final Applications applications;
  private final Bookings bookings;
  private final Limits limits;
  private final ReceivableRegistry registry;

  RepayFromInvoiceDelegate(Applications applications, Bookings bookings, Limits limits, ReceivableRegistry registry) {
    this.applications = applications;
    this.bookings = bookings;
    this.limits = limits;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution run) {
    FinancingApplication loan = applications.get(Vars.applicationId(run));
    FinancingApplication invoice = applications.get(Vars.string(run, PoFinance.INVOICE_APPLICATION_ID));
    if (invoice.getStatus() != ApplicationStatus.DISBURSED
        || !invoice.getApplicantId().equals(loan.getApplicantId())
        || !invoice.getCurrency().equals(loan.getCurrency())) {
      throw new IllegalStateException("Application " + invoice.getId() + " is not a disbursed financing of "
          + loan.getApplicantId() + " in " + loan.getCurrency() + ": it cannot repay " + loan.getId());
    }
    BigDecimal advance = loan.getPricing().orElseThrow(() -> new IllegalStateException(
        "Application " + loan.getId() + " has no recorded advance")).advance();
    bookings.repayFromProceeds(loan.getId(), loan.getApplicantId(), loan.getCurrency(), advance);
    limits.release(loan.getId());
    registry.markSettled(loan.getId());
    applications.update(loan.getId(), ApplicationStatus.SETTLED, "REPAID_FROM_INVOICE",
        "Repaid " + advance.toPlainString() + " " + loan.getCurrency() + " from the financing of the invoice ("
            + invoice.getId() + ")");
  }
}
