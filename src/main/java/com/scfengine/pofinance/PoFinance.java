package com.scfengine.pofinance;

/** Purchase-order finance: its process, the message that repays a loan from an invoice, and their variables. */
public final class PoFinance {

  public static final String PRODUCT = "PO_FINANCE";
  public static final String PROCESS_KEY = "po-finance";
  /** The invoice the order became was financed: the purchase-order loan waiting for it is repaid from the proceeds. */
  public static final String INVOICE_FINANCED = "InvoiceFinanced";
  /** On a financing of the invoice: the number of the purchase order the invoice comes from (optional). */
  public static final String PO_REFERENCE = com.scfengine.process.Vars.PO_REFERENCE;
  /** On the purchase-order loan: the application whose financing repays it. */
  public static final String INVOICE_APPLICATION_ID = "invoiceApplicationId";
  /** On the financing of the invoice: the purchase-order application it repaid. */
  public static final String PURCHASE_ORDER_REPAID = "purchaseOrderRepaid";

  private PoFinance() {}
}
