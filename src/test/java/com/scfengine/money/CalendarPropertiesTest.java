package com.scfengine.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.scfengine.money.CalendarProperties.Holiday;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks every calendar passes, the shipped one at start-up and those tests build by hand. */
class CalendarPropertiesTest {

  @Test
  void dayCountsDefaultToTheMoneyMarketConventions() {
    var dayCounts = new DayCounts(CalendarProperties.defaults());
    assertThat(dayCounts.forCurrency("USD")).isEqualTo(DayCount.ACT_360);
    assertThat(dayCounts.forCurrency("EUR")).isEqualTo(DayCount.ACT_360);
    assertThat(dayCounts.forCurrency("GBP")).isEqualTo(DayCount.ACT_365);
    assertThat(dayCounts.forCurrency("CNY")).isEqualTo(DayCount.ACT_365);
    assertThat(dayCounts.forCurrency("HKD")).isEqualTo(DayCount.ACT_365);
    assertThat(dayCounts.forCurrency("CHF")).as("not configured").isEqualTo(DayCount.ACT_360);
    assertThat(DayCount.ACT_360.basis()).isEqualTo(360);
    assertThat(DayCount.ACT_365.basis()).isEqualTo(365);
    assertThatIllegalArgumentException().isThrownBy(() -> dayCounts.forCurrency("ZZZ"))
        .withMessageContaining("Unknown currency 'ZZZ'");
  }

  @Test
  void configuredDayCountsOverrideTheDefaultsAndKeysAreUpperCased() {
    var dayCounts = new DayCounts(
        new CalendarProperties(null, null, Map.of("jpy", DayCount.ACT_365, "USD", DayCount.ACT_365)));
    assertThat(dayCounts.forCurrency("JPY")).isEqualTo(DayCount.ACT_365);
    assertThat(dayCounts.forCurrency("USD")).isEqualTo(DayCount.ACT_365);
    assertThat(dayCounts.forCurrency("EUR")).isEqualTo(DayCount.ACT_360);
  }

  @Test
  void daysAreKeptByUpperCasedCurrencyInDateOrder() {
    var properties = new CalendarProperties(
        Map.of("usd", List.of(day("2026-12-25", " Christmas Day "), day("2026-11-26", "Thanksgiving Day"))),
        Map.of("cny", List.of(day("2026-02-28", "Spring Festival make-up working day"),
            day("2026-02-14", "Spring Festival make-up working day"))),
        null);

    assertThat(properties.holidays()).containsOnlyKeys("USD");
    assertThat(properties.holidays().get("USD"))
        .containsExactly(day("2026-11-26", "Thanksgiving Day"), day("2026-12-25", "Christmas Day"));
    assertThat(properties.workingDays().get("CNY")).extracting(Holiday::date)
        .containsExactly(date("2026-02-14"), date("2026-02-28"));
    assertThat(CalendarProperties.defaults().holidays()).isEmpty();
    assertThat(CalendarProperties.defaults().workingDays()).isEmpty();
  }

  @Test
  void unknownCurrencyEmptyDateOrMissingNameIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> holidays("USX", day("2026-01-01", "New Year's Day")))
        .withMessage("scf.calendar.holidays names 'USX', which is not an ISO 4217 currency");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CalendarProperties(null, null, Map.of("EURO", DayCount.ACT_360)))
        .withMessageContaining("scf.calendar.day-count names 'EURO'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> holidays("GBP", new Holiday(null, "Boxing Day")))
        .withMessage("scf.calendar.holidays.GBP lists an empty date");
    var withEmptyEntry = new ArrayList<Holiday>();
    withEmptyEntry.add(null);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CalendarProperties(Map.of("GBP", withEmptyEntry), null, null))
        .withMessage("scf.calendar.holidays.GBP lists an empty date");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> holidays("GBP", day("2026-12-28", " ")))
        .withMessage("scf.calendar.holidays.GBP lists 2026-12-28 without a name");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> workingDays("CNY", day("2026-02-14", null)))
        .withMessage("scf.calendar.working-days.CNY lists 2026-02-14 without a name");
  }

  @Test
  void aDateListedTwiceIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> holidays("USD", day("2026-12-25", "Christmas Day"), day("2026-12-25", "Christmas")))
        .withMessage("scf.calendar.holidays.USD lists 2026-12-25 twice");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> workingDays("CNY", day("2026-02-14", "Make-up"), day("2026-02-14", "Make-up")))
        .withMessage("scf.calendar.working-days.CNY lists 2026-02-14 twice");
  }

  @Test
  void aHolidayOnAWeekendOrAWorkingDayOnAWeekdayIsRefused() {
    // Sat 2026-12-26: a weekend is never a banking day, so listing it as a holiday is a mistake in the file
    assertThatIllegalArgumentException()
        .isThrownBy(() -> holidays("GBP", day("2026-12-26", "Boxing Day")))
        .withMessage("scf.calendar.holidays.GBP lists 2026-12-26 (Boxing Day), a Saturday: weekends are never banking"
            + " days, so list only holidays on weekdays");
    // Mon 2026-02-16: every weekday already is a banking day unless it is a holiday
    assertThatIllegalArgumentException()
        .isThrownBy(() -> workingDays("CNY", day("2026-02-16", "Make-up")))
        .withMessage("scf.calendar.working-days.CNY lists 2026-02-16 (Make-up), a Monday: a working day must be a"
            + " Saturday or Sunday (weekdays are banking days unless they are holidays)");
  }

  private static CalendarProperties holidays(String currency, Holiday... days) {
    return new CalendarProperties(Map.of(currency, List.of(days)), null, null);
  }

  private static CalendarProperties workingDays(String currency, Holiday... days) {
    return new CalendarProperties(null, Map.of(currency, List.of(days)), null);
  }

  private static Holiday day(String iso, String name) {
    return new Holiday(date(iso), name);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
