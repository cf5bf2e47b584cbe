package com.scfengine.financing;

/** Ledger account names used by the financing bookings. */
public final class Accounts {
  /** The bank's asset: money advanced against receivables and instruments. */
  public static final String FINANCED_RECEIVABLES = "ASSET:FINANCED-RECEIVABLES";
  public static final String DISCOUNT_INCOME = "INCOME:DISCOUNT";
  public static final String FEE_INCOME = "INCOME:FEES";
  /** Where buyers' payments arrive. */
  public static final String COLLECTIONS = "NOSTRO:COLLECTIONS";

  /** Where the bank pays out under letters of credit: to the beneficiary's or the presenting bank. */
  public static final String LC_PAYMENTS = "NOSTRO:LC-PAYMENTS";
  /** The bank's asset: import loans that paid letters of credit for their applicants. */
  public static final String IMPORT_LOANS = "ASSET:IMPORT-LOANS";

  public static String customer(String enterpriseId) {
    return "CUSTOMER:" + enterpriseId;
  }

  public static String claims(String enterpriseId) {
    return "ASSET:CLAIMS:" + enterpriseId;
  }

  /** The applicant's cash blocked as margin for a letter of credit. */
  public static String cashMargin(String enterpriseId) {
    return "LIABILITY:CASH-MARGIN:" + enterpriseId;
  }

  private Accounts() {}
}
