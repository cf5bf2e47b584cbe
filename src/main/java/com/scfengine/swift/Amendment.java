package com.scfengine.swift;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amendment to a documentary credit as MT707 carries it. Only the terms that change are given; the others are
 * {@code null}. Since SR2018 MT707 has no free narrative field 79: other changes travel as an addition to the
 * credit's additional conditions (47B {@code /ADD/}).
 *
 * @param senderBic the sender's address (BIC8 or BIC11), normally the issuing bank
 * @param receiverBic the receiver's address, normally the advising bank
 * @param creditNumber the documentary credit number: the sender's reference (20) and the issuing bank's (23)
 * @param receiverReference 21, the receiver's reference, {@code NONREF} when unknown
 * @param issueDate 31C, date of issue of the credit
 * @param amendmentNumber 26E, number of this amendment (1-999)
 * @param amendmentDate 30, date of the amendment
 * @param purpose 22A, {@code ISSU} (issuance), {@code ACNF} (advice of confirmation) or {@code ICCF} (issuance of a
 *     confirmed credit)
 * @param currency the credit's currency, for an increase or decrease; {@code null} when no amount changes
 * @param increase 32B, increase of the credit amount, optional, not with a decrease
 * @param decrease 33B, decrease of the credit amount, optional, not with an increase
 * @param newExpiryDate 31D, the new date of expiry, optional
 * @param newExpiryPlace 31D, the place of expiry that goes with the new date (29x), needed with newExpiryDate
 * @param newLatestShipmentDate 44C, the new latest date of shipment, optional
 * @param narrative 47B, other changes in words, added to the additional conditions, 100*65z, optional
 * @param issuingBankBic 52A, the issuing bank, optional (needed when the sender is not the issuing bank)
 */
public record Amendment(
    String senderBic,
    String receiverBic,
    String creditNumber,
    String receiverReference,
    LocalDate issueDate,
    int amendmentNumber,
    LocalDate amendmentDate,
    String purpose,
    String currency,
    BigDecimal increase,
    BigDecimal decrease,
    LocalDate newExpiryDate,
    String newExpiryPlace,
    LocalDate newLatestShipmentDate,
    String narrative,
    String issuingBankBic) {

  /** An amendment that does not change the expiry (31D needs a place with a new expiry date). */
  public Amendment(
      String senderBic, String receiverBic, String creditNumber, String receiverReference, LocalDate issueDate,
      int amendmentNumber, LocalDate amendmentDate, String purpose, String currency, BigDecimal increase,
      BigDecimal decrease, LocalDate newExpiryDate, LocalDate newLatestShipmentDate, String narrative,
      String issuingBankBic) {
    this(senderBic, receiverBic, creditNumber, receiverReference, issueDate, amendmentNumber, amendmentDate, purpose,
        currency, increase, decrease, newExpiryDate, null, newLatestShipmentDate, narrative, issuingBankBic);
  }
}
