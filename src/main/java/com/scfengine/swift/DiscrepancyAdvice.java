package com.scfengine.swift;

import java.math.BigDecimal;
import java.util.List;

/**
 * The advice of discrepancies a nominated bank sends the issuing bank before it pays, accepts or negotiates against
 * discrepant documents, as MT750 carries it.
 *
 * @param senderBic the sender's address, the nominated bank
 * @param receiverBic the receiver's address, the issuing bank
 * @param reference 20, the sender's reference
 * @param creditNumber 21, the related reference: the documentary credit number
 * @param currency 32B and 34B, currency of the credit
 * @param principalAmount 32B, the amount of the presentation
 * @param chargesDeducted 71D, charges to be deducted, optional
 * @param totalAmount 34B, the total amount to be paid; needed with charges (the builder computes principal less
 *     charges when it is missing)
 * @param discrepancies 77J, each discrepancy one paragraph; together at most 70 lines of 50 characters
 */
public record DiscrepancyAdvice(
    String senderBic,
    String receiverBic,
    String reference,
    String creditNumber,
    String currency,
    BigDecimal principalAmount,
    BigDecimal chargesDeducted,
    BigDecimal totalAmount,
    List<String> discrepancies) {

  public DiscrepancyAdvice {
    discrepancies = discrepancies == null ? null : List.copyOf(discrepancies);
  }
}
