package com.scfengine.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.money.CalendarProperties.Holiday;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped config/calendar.yaml, bound and checked as at start-up: it must cover this year and the next for every
 * currency the bank trades in, so this test goes red at New Year when next year's dates are missing, on purpose.
 */
class CalendarDataTest {

  /** The currencies whose calendars the bank keeps. */
  static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CNY", "HKD");

  private final CalendarProperties properties = ShippedCalendar.properties();
  private final BankingCalendar calendar = new BankingCalendar(properties);

  @Test
  void everyCurrencyHasHolidaysThisYearAndNext() {
    int thisYear = Year.now().getValue();
    List<String> missing = new ArrayList<>();
    for (String currency : CURRENCIES) {
      for (int year : List.of(thisYear, thisYear + 1)) {
        if (properties.holidays().getOrDefault(currency, List.of()).stream()
            .noneMatch(holiday -> holiday.date().getYear() == year)) {
          missing.add(currency + " " + year);
        }
      }
    }
    assertThat(missing)
        .as("%s has no holidays for %s: add next year's dates to it (holidays, and the PRC's make-up working days"
            + " under working-days) before the year starts", ShippedCalendar.FILE, missing)
        .isEmpty();
  }

  @Test
  void shippedCalendarHasEveryCurrencyAndItsDayCount() {
    assertThat(properties.dayCount()).containsAllEntriesOf(Map.of(
        "USD", DayCount.ACT_360, "EUR", DayCount.ACT_360,
        "GBP", DayCount.ACT_365, "CNY", DayCount.ACT_365, "HKD", DayCount.ACT_365));
    assertThat(properties.holidays()).containsOnlyKeys(CURRENCIES);
    assertThat(properties.workingDays()).containsOnlyKeys("CNY");
  }

  @Test
  void knownHolidaysCloseTheirCurrencyOnly() {
    // Thanksgiving, Thu 2026-11-26, closes USD, not EUR
    assertThat(properties.holidays().get("USD")).contains(holiday("2026-11-26", "Thanksgiving Day"));
    assertThat(calendar.isBankingDay(date("2026-11-26"), "USD")).isFalse();
    assertThat(calendar.isBankingDay(date("2026-11-26"), "EUR")).isTrue();
    // Independence Day 2027 is a Sunday: observed Monday 5 July
    assertThat(calendar.isBankingDay(date("2027-07-05"), "USD")).isFalse();
    // Christmas Day, Fri 2026-12-25, closes EUR, GBP and HKD; GBP also Mon 28 for Boxing Day (Saturday the 26th)
    for (String currency : List.of("EUR", "GBP", "HKD")) {
      assertThat(properties.holidays().get(currency)).as(currency).contains(holiday("2026-12-25", "Christmas Day"));
    }
    assertThat(calendar.isBankingDay(date("2026-12-28"), "GBP")).isFalse();
    assertThat(calendar.isBankingDay(date("2026-12-28"), "EUR")).isTrue();
    assertThat(calendar.isBankingDay(date("2027-12-28"), "GBP")).as("Boxing Day 2027, substitute").isFalse();
    // Good Friday and Easter Monday 2027 close TARGET
    assertThat(calendar.isBankingDay(date("2027-03-26"), "EUR")).isFalse();
    assertThat(calendar.isBankingDay(date("2027-03-29"), "EUR")).isFalse();
    // Hong Kong: Establishment Day, and the fourth day of Lunar New Year 2027 for the second day (a Sunday)
    assertThat(calendar.isBankingDay(date("2026-07-01"), "HKD")).isFalse();
    assertThat(calendar.isBankingDay(date("2027-02-09"), "HKD")).isFalse();
  }

  @Test
  void theSpringFestival2026ClosesCnyForNineDaysAndItsMakeUpSaturdaysOpen() {
    // State Council 2026: Sun 15 to Mon 23 February off; Sat 14 and Sat 28 February worked
    assertThat(calendar.nonBankingDays("CNY", date("2026-02-14"), date("2026-02-28")))
        .extracting(Holiday::date)
        .containsExactly(date("2026-02-15"), date("2026-02-16"), date("2026-02-17"), date("2026-02-18"),
            date("2026-02-19"), date("2026-02-20"), date("2026-02-21"), date("2026-02-22"), date("2026-02-23"));
    assertThat(properties.holidays().get("CNY")).contains(
        holiday("2026-02-16", "Spring Festival (Lunar New Year's Eve)"),
        holiday("2026-02-17", "Spring Festival (Lunar New Year's Day)"));
    assertThat(calendar.isBankingDay(date("2026-02-14"), "CNY")).as("make-up Saturday").isTrue();
    assertThat(calendar.isBankingDay(date("2026-02-28"), "CNY")).as("make-up Saturday").isTrue();
    assertThat(calendar.isBankingDay(date("2026-02-14"), "HKD")).as("a Saturday in Hong Kong").isFalse();
    // National Day 2026: 1 to 7 October off, Sun 20 September and Sat 10 October worked
    assertThat(calendar.isBankingDay(date("2026-09-20"), "CNY")).isTrue();
    assertThat(calendar.isBankingDay(date("2026-10-07"), "CNY")).isFalse();
    assertThat(calendar.isBankingDay(date("2026-10-10"), "CNY")).isTrue();
  }

  private static Holiday holiday(String iso, String name) {
    return new Holiday(date(iso), name);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
