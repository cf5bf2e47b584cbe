package com.scfengine.pofinance;

import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.springframework.stereotype.Component;

/**
 * Building block {@code settlePurchaseOrderLoan}: right after a financing of an invoice is disbursed, the
 * purchase-order loan the invoice comes from is repaid first — the loan of the same supplier, on the same buyer, in
 * the same currency, whose order number the invoice's financing names in {@code poReference}, and which is waiting
 * to be repaid. The message {@link PoFinance#INVOICE_FINANCED} moves that loan on to {@code repayFromInvoice} in this
 * same transaction, so the financing and the repayment are booked together or not at all. Without a
 * {@code poReference}, or with no such loan waiting, it does nothing.
 */
@Component("settlePurchaseOrderLoan")
class SettlePurchaseOrderLoanDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("settlePurchaseOrderLoan", "Right after the "
          + "disbursement of an invoice's financing, repays from its proceeds the purchase-order loan the invoice "
          + "comes from (product PO_FINANCE): the loan of the same applicant, counterparty and currency whose order "
          + "number is poReference and which waits to be repaid. The loan's repayment (repayFromInvoice) runs in "
          + "the same transaction as this step. Does nothing without poReference or without such a loan.")
      .order(415)
      .reads("poReference", "optional: the purchase-order number the invoice comes from")
      .reads("applicationId, applicantId, counterpartyId, currency", "the financing of the invoice and its parties")
      .writes("purchaseOrderRepaid", "the purchase-order application repaid, when there was one")
      .build();

  private final RuntimeService runtimeService;

  SettlePurchaseOrderLoanDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution run) {
    String order = Vars.optionalString(run, PoFinance.PO_REFERENCE);
    if (order == null || order.isBlank()) {
      return;
    }
    List<MessageCorrelationResult> repaid = runtimeService.createMessageCorrelation(PoFinance.INVOICE_FINANCED)
        .processInstanceVariableEquals(Vars.PRODUCT, PoFinance.PRODUCT)
        .processInstanceVariableEquals(Vars.APPLICANT_ID, Vars.string(run, Vars.APPLICANT_ID))
        .processInstanceVariableEquals(Vars.COUNTERPARTY_ID, Vars.string(run, Vars.COUNTERPARTY_ID))
        .processInstanceVariableEquals(Vars.CURRENCY, Vars.string(run, Vars.CURRENCY))
        .processInstanceVariableEquals(Vars.INSTRUMENT_NUMBER, order.trim())
        .setVariable(PoFinance.INVOICE_APPLICATION_ID, Vars.applicationId(run))
        .correlateAllWithResult();
    repaid.stream().map(MessageCorrelationResult::getExecution)
        .filter(ExecutionEntity.class::isInstance).map(e -> ((ExecutionEntity) e).getProcessBusinessKey())
        .findFirst().ifPresent(loan -> run.setVariable(PoFinance.PURCHASE_ORDER_REPAID, loan));
  }
}
