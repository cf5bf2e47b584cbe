package com.scfengine.swift;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The refusal of a presentation under a documentary credit as MT734 carries it (UCP 600 Art. 16).
 *
 * @param senderBic the sender's address, the bank that refuses (issuing or confirming bank)
 * @param receiverBic the receiver's address, the presenting bank
 * @param creditNumber 20, the sender's reference: the documentary credit number
 * @param presenterReference 21, the presenting bank's reference
 * @param utilisationDate 32A, date of the utilisation (the presentation)
 * @param currency 32A, currency of the credit
 * @param utilisedAmount 32A, amount of the utilisation
 * @param chargesClaimed 73A (with 33B, the total claimed), the sender's charges, optional
 * @param discrepancies 77J, each discrepancy one paragraph; together at most 70 lines of 50 characters
 * @param disposal 77B, what happens to the documents: {@code /HOLD/}, {@code /NOTIFY/}, {@code /PREVINST/} or
 *     {@code /RETURN/} followed by words, e.g. {@code /HOLD/DOCUMENTS HELD PENDING YOUR INSTRUCTIONS}
 */
public record Refusal(
    String senderBic,
    String receiverBic,
    String creditNumber,
    String presenterReference,
    LocalDate utilisationDate,
    String currency,
    BigDecimal utilisedAmount,
    BigDecimal chargesClaimed,
    List<String> discrepancies,
    String disposal) {

  public Refusal {
    discrepancies = discrepancies == null ? null : List.copyOf(discrepancies);
  }
}
