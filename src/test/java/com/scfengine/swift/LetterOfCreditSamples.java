package com.scfengine.swift;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One documentary credit as a bank would issue it, and the same credit as an MT700 written by hand: a Shanghai
 * importer buys machining centres from a Hamburg exporter, USD 250,000.00 CIF Shanghai, available with any bank by
 * negotiation of sight drafts on the issuing bank.
 */
final class LetterOfCreditSamples {

  static final String ISSUING_BANK = "BKCHCNBJ300";
  static final String ADVISING_BANK = "COBADEHH";

  static final String GOODS = """
      +2 SETS CNC VERTICAL MACHINING CENTRES MODEL HMC-850
      AS PER PROFORMA INVOICE NO. HME-2026-118 DATED 20 NOV 2026
      +CIF SHANGHAI INCOTERMS 2020""";

  static final String DOCUMENTS = """
      +SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS
      +FULL SET CLEAN ON BOARD OCEAN BILLS OF LADING MADE OUT TO ORDER
      OF BANK OF CHINA SHANGHAI BRANCH MARKED FREIGHT PREPAID
      +INSURANCE POLICY FOR 110 PCT OF INVOICE VALUE COVERING ICC (A)
      +PACKING LIST IN 3 COPIES
      +CERTIFICATE OF ORIGIN ISSUED BY THE HAMBURG CHAMBER OF COMMERCE""";

  static final String CONDITIONS = """
      +ALL DOCUMENTS MUST INDICATE THIS CREDIT NUMBER
      +A DISCREPANCY FEE OF USD 80.00 APPLIES TO EACH DISCREPANT
      PRESENTATION""";

  /** The credit as an MT700 the issuing bank sent (an output message as the advising bank receives it). */
  static final String MT700_RECEIVED = """
      {1:F01COBADEHHAXXX0000000000}{2:O7001200261205BKCHCNBJA3000000000000261205\
      1200N}{3:{108:LC26SH0417}}{4:
      :27:1/1
      :40A:IRREVOCABLE
      :20:LC26SH0417
      :31C:261205
      :40E:UCP LATEST VERSION
      :31D:270315HAMBURG
      :50:SHANGHAI ORIENT TRADING CO., LTD.
      1288 PUDONG AVENUE
      SHANGHAI 200120, CHINA
      :59:/DE89370400440532013000
      HANSEATIC MACHINERY EXPORT GMBH
      GROSSE ELBSTRASSE 145
      22767 HAMBURG, GERMANY
      :32B:USD250000,00
      :39A:05/05
      :41D:ANY BANK
      BY NEGOTIATION
      :42C:AT SIGHT
      :42A:BKCHCNBJ300
      :43P:NOT ALLOWED
      :43T:ALLOWED
      :44E:HAMBURG PORT, GERMANY
      :44F:SHANGHAI PORT, CHINA
      :44C:270228
      :45A:+2 SETS CNC VERTICAL MACHINING CENTRES MODEL HMC-850
      AS PER PROFORMA INVOICE NO. HME-2026-118 DATED 20 NOV 2026
      +CIF SHANGHAI INCOTERMS 2020
      :46A:+SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS
      +FULL SET CLEAN ON BOARD OCEAN BILLS OF LADING MADE OUT TO ORDER
      OF BANK OF CHINA SHANGHAI BRANCH MARKED FREIGHT PREPAID
      +INSURANCE POLICY FOR 110 PCT OF INVOICE VALUE COVERING ICC (A)
      +PACKING LIST IN 3 COPIES
      +CERTIFICATE OF ORIGIN ISSUED BY THE HAMBURG CHAMBER OF COMMERCE
      :47A:+ALL DOCUMENTS MUST INDICATE THIS CREDIT NUMBER
      +A DISCREPANCY FEE OF USD 80.00 APPLIES TO EACH DISCREPANT
      PRESENTATION
      :71D:ALL BANKING CHARGES OUTSIDE CHINA
      ARE FOR ACCOUNT OF BENEFICIARY
      :48:21/AFTER THE DATE OF SHIPMENT
      :49:WITHOUT
      :78:ON RECEIPT OF COMPLIANT DOCUMENTS WE WILL REMIT AS INSTRUCTED
      BY THE NEGOTIATING BANK
      :72Z:PLEASE ADVISE THE BENEFICIARY
      -}{5:{CHK:3B1F2A9C4D7E}}""";

  private LetterOfCreditSamples() {}

  /** The credit {@link #MT700_RECEIVED} carries. */
  static DocumentaryCredit credit() {
    return new DocumentaryCredit(
        ISSUING_BANK, ADVISING_BANK,
        "LC26SH0417",
        LocalDate.of(2026, 12, 5),
        "IRREVOCABLE",
        "UCP LATEST VERSION",
        LocalDate.of(2027, 3, 15), "HAMBURG",
        "SHANGHAI ORIENT TRADING CO., LTD.\n1288 PUDONG AVENUE\nSHANGHAI 200120, CHINA",
        "DE89370400440532013000",
        "HANSEATIC MACHINERY EXPORT GMBH\nGROSSE ELBSTRASSE 145\n22767 HAMBURG, GERMANY",
        "USD", new BigDecimal("250000.00"),
        5, 5,
        "ANY BANK", "BY NEGOTIATION",
        "AT SIGHT", ISSUING_BANK,
        null,
        "NOT ALLOWED", "ALLOWED",
        null, "HAMBURG PORT, GERMANY", "SHANGHAI PORT, CHINA", null,
        LocalDate.of(2027, 2, 28),
        GOODS, DOCUMENTS, CONDITIONS,
        "ALL BANKING CHARGES OUTSIDE CHINA\nARE FOR ACCOUNT OF BENEFICIARY",
        21, "AFTER THE DATE OF SHIPMENT",
        "WITHOUT",
        "ON RECEIPT OF COMPLIANT DOCUMENTS WE WILL REMIT AS INSTRUCTED\nBY THE NEGOTIATING BANK",
        "PLEASE ADVISE THE BENEFICIARY");
  }

  /** The credit with other goods and documents. */
  static DocumentaryCredit withTexts(DocumentaryCredit c, String goods, String documents, String conditions) {
    return new DocumentaryCredit(c.senderBic(), c.receiverBic(), c.creditNumber(), c.issueDate(), c.formOfCredit(),
        c.applicableRules(), c.expiryDate(), c.expiryPlace(), c.applicant(), c.beneficiaryAccount(), c.beneficiary(),
        c.currency(), c.amount(), c.tolerancePlus(), c.toleranceMinus(), c.availableWith(), c.availableBy(),
        c.draftsAt(), c.drawee(), c.deferredPaymentDetails(), c.partialShipments(), c.transhipment(),
        c.placeOfTakingInCharge(), c.portOfLoading(), c.portOfDischarge(), c.placeOfFinalDestination(),
        c.latestShipmentDate(), goods, documents, conditions, c.charges(), c.presentationDays(),
        c.presentationNarrative(), c.confirmation(), c.instructionsToBank(), c.senderToReceiver());
  }

  /** The credit with another applicant and currency and amount. */
  static DocumentaryCredit withApplicantAndAmount(DocumentaryCredit c, String applicant, String currency,
      BigDecimal amount) {
    return new DocumentaryCredit(c.senderBic(), c.receiverBic(), c.creditNumber(), c.issueDate(), c.formOfCredit(),
        c.applicableRules(), c.expiryDate(), c.expiryPlace(), applicant, c.beneficiaryAccount(), c.beneficiary(),
        currency, amount, c.tolerancePlus(), c.toleranceMinus(), c.availableWith(), c.availableBy(),
        c.draftsAt(), c.drawee(), c.deferredPaymentDetails(), c.partialShipments(), c.transhipment(),
        c.placeOfTakingInCharge(), c.portOfLoading(), c.portOfDischarge(), c.placeOfFinalDestination(),
        c.latestShipmentDate(), c.goods(), c.documentsRequired(), c.additionalConditions(), c.charges(),
        c.presentationDays(), c.presentationNarrative(), c.confirmation(), c.instructionsToBank(),
        c.senderToReceiver());
  }

  /** The credit from another sender under another number. */
  static DocumentaryCredit withSenderAndNumber(DocumentaryCredit c, String senderBic, String creditNumber) {
    return new DocumentaryCredit(senderBic, c.receiverBic(), creditNumber, c.issueDate(), c.formOfCredit(),
        c.applicableRules(), c.expiryDate(), c.expiryPlace(), c.applicant(), c.beneficiaryAccount(), c.beneficiary(),
        c.currency(), c.amount(), c.tolerancePlus(), c.toleranceMinus(), c.availableWith(), c.availableBy(),
        c.draftsAt(), c.drawee(), c.deferredPaymentDetails(), c.partialShipments(), c.transhipment(),
        c.placeOfTakingInCharge(), c.portOfLoading(), c.portOfDischarge(), c.placeOfFinalDestination(),
        c.latestShipmentDate(), c.goods(), c.documentsRequired(), c.additionalConditions(), c.charges(),
        c.presentationDays(), c.presentationNarrative(), c.confirmation(), c.instructionsToBank(),
        c.senderToReceiver());
  }

  /** Numbered lines of goods, {@code count} of them, each {@code width} characters. */
  static String numberedLines(String what, int count, int width) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      String line = "+" + what + " ITEM " + i + " ";
      text.append(line).append("X".repeat(Math.max(0, width - line.length()))).append(i < count ? "\n" : "");
    }
    return text.toString();
  }

  static List<String> discrepancies() {
    return List.of(
        "BILL OF LADING SHOWS SHIPMENT ON 2027-03-05, AFTER THE LATEST DATE OF SHIPMENT 2027-02-28",
        "INSURANCE POLICY COVERS 100 PCT OF INVOICE VALUE INSTEAD OF 110 PCT",
        "CERTIFICATE OF ORIGIN NOT PRESENTED");
  }
}
