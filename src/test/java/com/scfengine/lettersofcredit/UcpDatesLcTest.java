package com.scfengine.lettersofcredit;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.money.BankingCalendar;
import com.scfengine.money.CalendarProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

/**
 * The dates of {@link UcpDates} on the shipped banking calendars (config/calendar.yaml), each worked out by hand in
 * the comments. Art. 14(b): five banking days following the day of presentation, a presentation on a day the bank is
 * closed being made on the next banking day; Art. 14(c): the presentation period runs from shipment and never beyond
 * expiry; Art. 29(a): an expiry or last day for presentation on a closed day moves to the next banking day.
 */
class UcpDatesLcTest {

  private static final BankingCalendar CALENDAR = new BankingCalendar(shippedCalendar());

  // ---- Art. 14(b): the examination deadline

  @Test
  void aPresentationOnAFridayIsExaminedByTheNextFriday() {
    // USD, Fri 2026-03-13: [Sat 14, Sun 15], Mon 16 (1), Tue 17 (2), Wed 18 (3), Thu 19 (4), Fri 20 (5)
    assertThat(deadline("2026-03-13", "USD")).isEqualTo(date("2026-03-20"));
    // GBP, Fri 2026-10-16, no holiday near: Mon 19 (1) ... Fri 23 (5)
    assertThat(deadline("2026-10-16", "GBP")).isEqualTo(date("2026-10-23"));
  }

  @Test
  void aPresentationOnASaturdayIsMadeOnTheMondayAndCountsFromThere() {
    // USD, Sat 2026-03-14: presented Mon 16; Tue 17 (1), Wed 18 (2), Thu 19 (3), Fri 20 (4), [Sat, Sun], Mon 23 (5)
    assertThat(deadline("2026-03-14", "USD")).isEqualTo(date("2026-03-23"));
    // a Sunday the same: Sun 2026-03-15 → presented Mon 16 → Mon 23
    assertThat(deadline("2026-03-15", "USD")).isEqualTo(date("2026-03-23"));
  }

  @Test
  void aPresentationOnAHolidayIsMadeOnTheNextBankingDay() {
    // EUR, Good Friday 2026-04-03: [Sat 4, Sun 5, Mon 6 Easter Monday], presented Tue 7; Wed 8 (1), Thu 9 (2),
    // Fri 10 (3), Mon 13 (4), Tue 14 (5)
    assertThat(deadline("2026-04-03", "EUR")).isEqualTo(date("2026-04-14"));
  }

  @Test
  void theExaminationRunsAcrossTheYearEndSkippingNewYearsDay() {
    // USD, Wed 2026-12-30: Thu 31 (1), [Fri 1 Jan 2027 New Year's Day, Sat 2, Sun 3], Mon 4 (2), Tue 5 (3),
    // Wed 6 (4), Thu 7 (5)
    assertThat(deadline("2026-12-30", "USD")).isEqualTo(date("2027-01-07"));
    // EUR (TARGET is open on 31 December), the same day: the same count
    assertThat(deadline("2026-12-30", "EUR")).isEqualTo(date("2027-01-07"));
    // USD, Thu 2026-12-24: [Fri 25 Christmas Day, Sat 26, Sun 27], Mon 28 (1), Tue 29 (2), Wed 30 (3), Thu 31 (4),
    // [Fri 1 Jan, Sat 2, Sun 3], Mon 4 Jan (5)
    assertThat(deadline("2026-12-24", "USD")).isEqualTo(date("2027-01-04"));
    assertThat(deadline("2026-12-24", "EUR")).isEqualTo(date("2027-01-04"));
  }

  @Test
  void aFridayBeforeAHolidayMondayLosesTheMonday() {
    // GBP, Fri 2026-08-28: [Sat 29, Sun 30, Mon 31 Summer bank holiday], Tue 1 Sep (1), Wed 2 (2), Thu 3 (3),
    // Fri 4 (4), [Sat 5, Sun 6], Mon 7 (5)
    assertThat(deadline("2026-08-28", "GBP")).isEqualTo(date("2026-09-07"));
    // USD, Fri 2026-09-04: [Sat 5, Sun 6, Mon 7 Labor Day], Tue 8 (1), Wed 9 (2), Thu 10 (3), Fri 11 (4), Mon 14 (5)
    assertThat(deadline("2026-09-04", "USD")).isEqualTo(date("2026-09-14"));
    // EUR, the same Friday: Labor Day is not a TARGET holiday: Mon 7 (1) ... Fri 11 (5)
    assertThat(deadline("2026-09-04", "EUR")).isEqualTo(date("2026-09-11"));
  }

  @Test
  void aCnyMakeUpSaturdayIsABankingDay() {
    // CNY, Fri 2026-05-08: Sat 9 make-up working day (1), [Sun 10], Mon 11 (2), Tue 12 (3), Wed 13 (4), Thu 14 (5);
    // without the make-up day it would be Fri 15
    assertThat(deadline("2026-05-08", "CNY")).isEqualTo(date("2026-05-14"));
    // CNY, presented on the make-up Saturday 2026-10-10 itself: a day of presentation, not moved to Monday;
    // Mon 12 (1), Tue 13 (2), Wed 14 (3), Thu 15 (4), Fri 16 (5)
    assertThat(deadline("2026-10-10", "CNY")).isEqualTo(date("2026-10-16"));
    // USD, the same Saturday is no banking day: [Sun 11, Mon 12 Columbus Day], presented Tue 13; Wed 14 (1),
    // Thu 15 (2), Fri 16 (3), Mon 19 (4), Tue 20 (5)
    assertThat(deadline("2026-10-10", "USD")).isEqualTo(date("2026-10-20"));
  }

  // ---- Art. 29(a): the expiry

  @Test
  void anExpiryOnAHolidayMovesToTheNextBankingDay() {
    // USD, Thu 2026-11-26 Thanksgiving Day → Fri 27
    assertThat(UcpDates.effectiveExpiry(CALENDAR, date("2026-11-26"), "USD")).isEqualTo(date("2026-11-27"));
    // GBP, Fri 2026-12-25: [Christmas Day, Sat 26, Sun 27, Mon 28 Boxing Day substitute] → Tue 29
    assertThat(UcpDates.effectiveExpiry(CALENDAR, date("2026-12-25"), "GBP")).isEqualTo(date("2026-12-29"));
    // EUR, Fri 2026-05-01 Labour Day: [Sat 2, Sun 3] → Mon 4
    assertThat(UcpDates.effectiveExpiry(CALENDAR, date("2026-05-01"), "EUR")).isEqualTo(date("2026-05-04"));
    // CNY, Thu 2026-10-01: [National Day 1 - 7 October with the weekend] → Thu 8
    assertThat(UcpDates.effectiveExpiry(CALENDAR, date("2026-10-01"), "CNY")).isEqualTo(date("2026-10-08"));
    // an open day stays: USD Thu 2026-12-31
    assertThat(UcpDates.effectiveExpiry(CALENDAR, date("2026-12-31"), "USD")).isEqualTo(date("2026-12-31"));
  }

  // ---- Art. 14(c), 29(a): the last day for presentation

  @Test
  void theLastDayForPresentationIsShipmentPlusThePeriod() {
    // USD, shipped Mon 2026-03-02 + 21 days = Mon 23 March, a banking day, well before the expiry of 30 April
    assertThat(last("2026-03-02", 21, "2026-04-30", "USD")).isEqualTo(date("2026-03-23"));
    // EUR, shipped Thu 2026-06-04 + 10 days = Sun 14 June → Mon 15
    assertThat(last("2026-06-04", 10, "2026-07-31", "EUR")).isEqualTo(date("2026-06-15"));
  }

  @Test
  void theLastDayForPresentationOnAHolidayMovesToTheNextBankingDay() {
    // USD, shipped Mon 2026-05-04 + 21 = Mon 25 May, Memorial Day → Tue 26
    assertThat(last("2026-05-04", 21, "2026-08-31", "USD")).isEqualTo(date("2026-05-26"));
    // GBP, shipped Mon 2026-08-10 + 21 = Mon 31 August, Summer bank holiday → Tue 1 September
    assertThat(last("2026-08-10", 21, "2026-12-15", "GBP")).isEqualTo(date("2026-09-01"));
  }

  @Test
  void theLastDayForPresentationIsNeverAfterTheExpiryButTheExpiryItselfRolls() {
    // USD, shipped Tue 2026-11-10 + 21 = Tue 1 December, after the expiry Thu 26 November (Thanksgiving):
    // capped at 26 November, which rolls to Fri 27
    assertThat(last("2026-11-10", 21, "2026-11-26", "USD")).isEqualTo(date("2026-11-27"));
    // EUR, shipped Mon 2026-03-02 + 21 = Mon 23 March, after the expiry Fri 20 March, an open day: 20 March
    assertThat(last("2026-03-02", 21, "2026-03-20", "EUR")).isEqualTo(date("2026-03-20"));
  }

  @Test
  void withoutAShipmentDateTheLastDayIsTheExpiryRolled() {
    // GBP, expiry Sun 2026-05-24: [Mon 25 Spring bank holiday] → Tue 26
    assertThat(UcpDates.lastPresentationDate(CALENDAR, null, 21, date("2026-05-24"), "GBP"))
        .isEqualTo(date("2026-05-26"));
  }

  @Test
  void aCnyMakeUpSundayIsAValidLastDay() {
    // CNY, shipped Sun 2027-01-10 + 21 = Sun 31 January 2027, a make-up working day: it stays
    assertThat(last("2027-01-10", 21, "2027-03-31", "CNY")).isEqualTo(date("2027-01-31"));
    // HKD, the same dates: Sunday is closed → Mon 1 February
    assertThat(last("2027-01-10", 21, "2027-03-31", "HKD")).isEqualTo(date("2027-02-01"));
  }

  // ---- helpers

  private static LocalDate deadline(String presentedOn, String currency) {
    return UcpDates.examinationDeadline(CALENDAR, date(presentedOn), currency);
  }

  private static LocalDate last(String shipped, int days, String expiry, String currency) {
    return UcpDates.lastPresentationDate(CALENDAR, date(shipped), days, date(expiry), currency);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** config/calendar.yaml bound the way the application binds it. */
  private static CalendarProperties shippedCalendar() {
    try {
      var sources = new YamlPropertySourceLoader().load("calendar",
          new FileSystemResource(Path.of("config/calendar.yaml")));
      return new Binder(ConfigurationPropertySources.from(sources))
          .bind("scf.calendar", Bindable.of(CalendarProperties.class))
          .orElseThrow(() -> new AssertionError("config/calendar.yaml has no scf.calendar"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
