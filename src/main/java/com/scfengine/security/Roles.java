package com.scfengine.security;

/** Camunda group ids that act as roles. Candidate groups in the models use the same ids. */
public final class Roles {
  public static final String ADMIN = "camunda-admin";
  public static final String RELATIONSHIP_MANAGERS = "relationship-managers";
  public static final String CREDIT_ANALYSTS = "credit-analysts";
  public static final String CREDIT_APPROVERS = "credit-approvers";
  public static final String CREDIT_COMMITTEE = "credit-committee";
  public static final String TRADE_OPERATIONS = "trade-operations";
  /** Team leads of trade operations: overdue document examinations escalate to them. */
  public static final String TRADE_OPERATIONS_LEADS = "trade-operations-leads";
  public static final String TREASURY = "treasury";
  public static final String PRODUCT_DESIGNERS = "product-designers";

  private Roles() {}
}
