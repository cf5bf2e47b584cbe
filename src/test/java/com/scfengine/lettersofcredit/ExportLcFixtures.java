package com.scfengine.lettersofcredit;

import com.scfengine.swift.DocumentaryCredit;
import com.scfengine.swift.SwiftMessages;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;

/**
 * Incoming credits for the export L/C tests: an MT700 a foreign bank sends to this bank (SCFBHKHHXXX) for one of its
 * exporters, written by the swift module itself so that it is a message the network would carry. Each test names
 * its own beneficiary and issuing bank, so that nothing it checks is shared.
 */
final class ExportLcFixtures {

  /** The bank's own address, scf.letters-of-credit.bank-bic. */
  static final String OWN_BIC = "SCFBHKHHXXX";

  private static final SecureRandom RANDOM = new SecureRandom();

  private ExportLcFixtures() {}

  /** Eight random capital letters or digits starting with a letter: unique names, references and BIC parts. */
  static String suffix() {
    String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      s.append(letters.charAt(RANDOM.nextInt(letters.length())));
    }
    return s.toString();
  }

  /** A BIC11 in {@code country} whose first four letters are new. */
  static String newBic(String country) {
    return suffix().substring(0, 4) + country + "XX" + "XXX";
  }

  /**
   * A realistic credit: a Turkish-style textile importer buys from the exporter {@code beneficiaryName},
   * {@code currency amount} with 5 % tolerance, available with this bank by negotiation of sight drafts, shipment
   * within 60 days, 21 days for presentation, expiry in 90 days.
   */
  static DocumentaryCredit credit(String issuingBic, String creditNumber, String beneficiaryName, String currency,
      String amount, String confirmation) {
    return credit(issuingBic, creditNumber, beneficiaryName, currency, amount, confirmation, "BY NEGOTIATION",
        "AT SIGHT");
  }

  /** The same credit available {@code availableBy} (41a) with drafts at {@code draftsAt} (42C) on the issuing bank. */
  static DocumentaryCredit credit(String issuingBic, String creditNumber, String beneficiaryName, String currency,
      String amount, String confirmation, String availableBy, String draftsAt) {
    LocalDate today = LocalDate.now();
    return new DocumentaryCredit(
        issuingBic, OWN_BIC,
        creditNumber,
        today.minusDays(3),
        "IRREVOCABLE",
        "UCP LATEST VERSION",
        today.plusDays(90), "HONG KONG",
        "ANATOLIA HOME TEXTILES A.S.\nORGANIZE SANAYI BOLGESI 4. CADDE 12\nBURSA, TURKIYE",
        "012-345678-001",
        beneficiaryName + "\nUNIT 1203, 88 HOI BUN ROAD\nKWUN TONG, KOWLOON, HONG KONG",
        currency, new BigDecimal(amount),
        5, 5,
        OWN_BIC, availableBy,
        draftsAt, issuingBic,
        null,
        "ALLOWED", "NOT ALLOWED",
        null, "HONG KONG PORT", "MERSIN PORT, TURKIYE", null,
        today.plusDays(60),
        "+COTTON BED LINEN SETS, 12000 SETS\n+FOB HONG KONG INCOTERMS 2020",
        "+SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS\n"
            + "+FULL SET CLEAN ON BOARD OCEAN BILLS OF LADING MADE OUT TO ORDER\n"
            + "+PACKING LIST IN 2 COPIES",
        "+ALL DOCUMENTS MUST INDICATE THIS CREDIT NUMBER",
        "ALL BANKING CHARGES OUTSIDE TURKIYE\nARE FOR ACCOUNT OF BENEFICIARY",
        21, "AFTER THE DATE OF SHIPMENT",
        confirmation,
        "PLEASE CLAIM REIMBURSEMENT FROM US BY MT742",
        null);
  }

  /** The credit as the FIN text of its MT700. */
  static String fin(DocumentaryCredit credit) {
    return new SwiftMessages().issue(credit).get(0);
  }
}
