package com.scfengine.lettersofcredit;

import com.scfengine.money.BankingCalendar;
import java.time.LocalDate;

/**
 * The dates UCP 600 sets, on the banking calendar of the credit's currency ({@link BankingCalendar}, from
 * config/calendar.yaml) — never on the engine's own business calendar.
 */
final class UcpDates {

  /** Art. 14(b): a bank has at most five banking days following the day of presentation to examine it. */
  static final int EXAMINATION_BANKING_DAYS = 5;

  private UcpDates() {}

  /**
   * The last day to present: the shipment date plus the presentation period (Art. 14(c)), never later than the
   * expiry, moved to the next banking day when it falls on a day the bank is closed (Art. 29(a)). Without a shipment
   * date the credit's expiry.
   */
  static LocalDate lastPresentationDate(BankingCalendar calendar, LocalDate shipmentDate, int presentationDays,
      LocalDate expiryDate, String currency) {
    LocalDate last = shipmentDate == null ? expiryDate : shipmentDate.plusDays(presentationDays);
    if (last.isAfter(expiryDate)) {
      last = expiryDate;
    }
    return calendar.nextBankingDay(last, currency);
  }

  /** The expiry date as the credit can be presented under: moved to the next banking day (Art. 29(a)). */
  static LocalDate effectiveExpiry(BankingCalendar calendar, LocalDate expiryDate, String currency) {
    return calendar.nextBankingDay(expiryDate, currency);
  }

  /**
   * The examination deadline: the fifth banking day following the day of presentation (Art. 14(b)). A presentation
   * on a day the bank is closed counts as made on the next banking day.
   */
  static LocalDate examinationDeadline(BankingCalendar calendar, LocalDate presentedOn, String currency) {
    return calendar.addBankingDays(calendar.nextBankingDay(presentedOn, currency), EXAMINATION_BANKING_DAYS, currency);
  }
}
