package com.scfengine.financing;

/** Ledger account names used by the financing bookings. */
public final class Accounts {
  /** The bank's asset: money advanced against receivables and instruments. */
  public static final String FINANCED_RECEIVABLES = "ASSET:FINANCED-RECEIVABLES";
  public static final String DISCOUNT_INCOME = "INCOME:DISCOUNT";
  public static final String FEE_INCOME = "INCOME:FEES";
  /** Where buyers' payments arrive. */
  public static final String COLLECTIONS = "NOSTRO:COLLECTIONS";

  public static String customer(String enterpriseId) {
    return "CUSTOMER:" + enterpriseId;
  }

  public static String claims(String enterpriseId) {
    return "ASSET:CLAIMS:" + enterpriseId;
  }

  private Accounts() {}
}
