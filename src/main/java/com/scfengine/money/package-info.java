/**
 * The one place that computes money and dates: currency scales and rounding ({@link com.scfengine.money.Money}),
 * day-count conventions ({@link com.scfengine.money.DayCounts}), banking days per currency
 * ({@link com.scfengine.money.BankingCalendar}) and interest and forfaiting figures
 * ({@link com.scfengine.money.InterestCalculator}). Amounts are {@link java.math.BigDecimal}, never floating point.
 */
package com.scfengine.money;
