package com.scfengine.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The dates UCP 600 sets, on the shipped calendars, each worked out by hand. Art. 14(b): a bank has five banking
 * days following the day of presentation to examine the documents (the day of presentation does not count).
 * Art. 29(a): an expiry date or last day for presentation on which the bank is closed moves to the first following
 * banking day.
 */
class UcpDatesTest {

  private static final int EXAMINATION_BANKING_DAYS = 5;

  private final BankingCalendar calendar = ShippedCalendar.calendar();

  @Test
  void presentationOnAFridayIsExaminedByTheNextFriday() {
    // USD, presented Fri 2026-03-13: [Sat 14, Sun 15], Mon 16 (1), Tue 17 (2), Wed 18 (3), Thu 19 (4), Fri 20 (5)
    assertThat(deadline("2026-03-13", "USD")).isEqualTo(date("2026-03-20"));
  }

  @Test
  void presentationOnTheWednesdayBeforeThanksgivingSkipsThursdayInUsdOnly() {
    // USD, presented Wed 2026-11-25: [Thu 26 Thanksgiving Day], Fri 27 (1), [Sat 28, Sun 29], Mon 30 (2),
    // Tue 1 Dec (3), Wed 2 (4), Thu 3 (5)
    assertThat(deadline("2026-11-25", "USD")).isEqualTo(date("2026-12-03"));
    // EUR, the same day: Thu 26 (1), Fri 27 (2), Mon 30 (3), Tue 1 Dec (4), Wed 2 (5)
    assertThat(deadline("2026-11-25", "EUR")).isEqualTo(date("2026-12-02"));
  }

  @Test
  void presentationBeforeChristmasRunsIntoTheNewYearInGbpButNotInEur() {
    // EUR (TARGET), presented Wed 2026-12-23: Thu 24 (1), [Fri 25 Christmas Day, Sat 26, Sun 27], Mon 28 (2),
    // Tue 29 (3), Wed 30 (4), Thu 31 (5): TARGET is open on 24 and 31 December and on the 28th
    assertThat(deadline("2026-12-23", "EUR")).isEqualTo(date("2026-12-31"));
    // GBP, the same day: Thu 24 (1), [Fri 25 Christmas Day, Sat 26, Sun 27, Mon 28 Boxing Day substitute],
    // Tue 29 (2), Wed 30 (3), Thu 31 (4), [Fri 1 Jan New Year's Day, Sat 2, Sun 3], Mon 4 Jan 2027 (5)
    assertThat(deadline("2026-12-23", "GBP")).isEqualTo(date("2027-01-04"));
  }

  @Test
  void presentationOnTheFridayBeforeABankHolidayMondayLosesTheMonday() {
    // GBP, presented Fri 2027-05-28: [Sat 29, Sun 30, Mon 31 Spring bank holiday], Tue 1 Jun (1), Wed 2 (2),
    // Thu 3 (3), Fri 4 (4), [Sat 5, Sun 6], Mon 7 (5)
    assertThat(deadline("2027-05-28", "GBP")).isEqualTo(date("2027-06-07"));
    // USD, presented Fri 2026-05-22: [Sat 23, Sun 24, Mon 25 Memorial Day], Tue 26 (1), Wed 27 (2), Thu 28 (3),
    // Fri 29 (4), [Sat 30, Sun 31], Mon 1 Jun (5)
    assertThat(deadline("2026-05-22", "USD")).isEqualTo(date("2026-06-01"));
  }

  @Test
  void cnyPresentationsAroundTheSpringFestivalCountTheMakeUpSaturdays() {
    // CNY, presented Fri 2026-02-13: Sat 14 make-up working day (1), [Sun 15, Mon 16 - Fri 20 Spring Festival,
    // Sat 21, Sun 22, Mon 23 Spring Festival], Tue 24 (2), Wed 25 (3), Thu 26 (4), Fri 27 (5)
    assertThat(deadline("2026-02-13", "CNY")).isEqualTo(date("2026-02-27"));
    // CNY, presented Wed 2026-02-25: Thu 26 (1), Fri 27 (2), Sat 28 make-up working day (3), [Sun 1 Mar],
    // Mon 2 (4), Tue 3 (5); without the make-up day it would be Wed 4 March
    assertThat(deadline("2026-02-25", "CNY")).isEqualTo(date("2026-03-03"));
    // HKD, presented Fri 2026-02-13: [Sat 14, Sun 15], Mon 16 (1), [Tue 17 - Thu 19 Lunar New Year], Fri 20 (2),
    // [Sat 21, Sun 22], Mon 23 (3), Tue 24 (4), Wed 25 (5)
    assertThat(deadline("2026-02-13", "HKD")).isEqualTo(date("2026-02-25"));
  }

  @Test
  void anExpiryOnAHolidayOrASundayMovesToTheNextBankingDay() {
    // HKD, expiry Fri 2026-12-25: [Christmas Day, Sat 26 (the first weekday after Christmas, a Saturday), Sun 27]
    // → Mon 28
    assertThat(calendar.nextBankingDay(date("2026-12-25"), "HKD")).isEqualTo(date("2026-12-28"));
    // GBP, expiry Sun 2026-05-24: [Mon 25 Spring bank holiday] → Tue 26
    assertThat(calendar.nextBankingDay(date("2026-05-24"), "GBP")).isEqualTo(date("2026-05-26"));
    // CNY, expiry Thu 2026-10-01: [1 - 7 October National Day, the weekend 3 - 4 included] → Thu 8
    assertThat(calendar.nextBankingDay(date("2026-10-01"), "CNY")).isEqualTo(date("2026-10-08"));
    // CNY, expiry Sun 2026-09-20, a make-up working day: the banks are open, so it stays
    assertThat(calendar.nextBankingDay(date("2026-09-20"), "CNY")).isEqualTo(date("2026-09-20"));
    // a banking day stays as it is
    assertThat(calendar.nextBankingDay(date("2026-12-24"), "USD")).isEqualTo(date("2026-12-24"));
  }

  private LocalDate deadline(String presentedOn, String currency) {
    return calendar.addBankingDays(date(presentedOn), EXAMINATION_BANKING_DAYS, currency);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
