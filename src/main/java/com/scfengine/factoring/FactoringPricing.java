package com.scfengine.factoring;

import java.math.BigDecimal;

/**
 * What a factoring advance costs, every amount at the currency's scale.
 *
 * @param invoiceAmount face value of the assigned invoice
 * @param advanceRate share of the face the bank advances at most, e.g. 0.80
 * @param advance the lesser of the requested amount and invoice × advance rate
 * @param discountDays actual days from funding date to due date, plus grace days
 * @param dayBasis 360 or 365, from the currency's {@link com.scfengine.money.DayCount}
 * @param discountRate annual discount rate, e.g. 0.065
 * @param discountInterest advance × discount rate × discount days / day basis
 * @param serviceFeeRate service fee as a share of the invoice face, e.g. 0.005
 * @param serviceFee invoice × service fee rate
 * @param netAdvance what the seller receives: advance − discount interest − service fee
 * @param reserve what the bank holds back until the buyer pays: invoice − advance
 * @param currency ISO 4217 code
 */
record FactoringPricing(
    BigDecimal invoiceAmount,
    BigDecimal advanceRate,
    BigDecimal advance,
    int discountDays,
    int dayBasis,
    BigDecimal discountRate,
    BigDecimal discountInterest,
    BigDecimal serviceFeeRate,
    BigDecimal serviceFee,
    BigDecimal netAdvance,
    BigDecimal reserve,
    String currency) {}
