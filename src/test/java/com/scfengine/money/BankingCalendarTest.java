package com.scfengine.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.scfengine.money.CalendarProperties.Holiday;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BankingCalendarTest {

  // The year-end 2026 holidays of config/calendar.yaml for two currencies, and the PRC's Spring Festival 2026:
  // USD: Fri 2026-12-25 Christmas, Fri 2027-01-01 New Year.
  // GBP: the same plus Mon 2026-12-28 (Boxing Day, substitute for Saturday the 26th).
  // CNY: closed Mon 16 to Fri 20 and Mon 23 February; open on the make-up Saturdays 14 and 28 February.
  private final BankingCalendar calendar = new BankingCalendar(new CalendarProperties(
      Map.of(
          "USD", List.of(day("2026-12-25", "Christmas Day"), day("2027-01-01", "New Year's Day")),
          "GBP", List.of(day("2026-12-25", "Christmas Day"), day("2026-12-28", "Boxing Day (substitute day)"),
              day("2027-01-01", "New Year's Day")),
          "CNY", List.of(day("2026-02-16", "Spring Festival (Lunar New Year's Eve)"),
              day("2026-02-17", "Spring Festival (Lunar New Year's Day)"), day("2026-02-18", "Spring Festival"),
              day("2026-02-19", "Spring Festival"), day("2026-02-20", "Spring Festival"),
              day("2026-02-23", "Spring Festival"))),
      Map.of("CNY", List.of(day("2026-02-14", "Spring Festival make-up working day"),
          day("2026-02-28", "Spring Festival make-up working day"))),
      null));

  @Test
  void weekendsAndTheCurrencysOwnHolidaysAreNotBankingDays() {
    assertThat(calendar.isBankingDay(date("2026-12-24"), "USD")).as("Thursday").isTrue();
    assertThat(calendar.isBankingDay(date("2026-12-26"), "USD")).as("Saturday").isFalse();
    assertThat(calendar.isBankingDay(date("2026-12-27"), "USD")).as("Sunday").isFalse();
    assertThat(calendar.isBankingDay(date("2026-12-25"), "USD")).as("Christmas").isFalse();
    assertThat(calendar.isBankingDay(date("2026-12-28"), "GBP")).as("Boxing Day substitute").isFalse();
    assertThat(calendar.isBankingDay(date("2026-12-28"), "USD")).as("not a US holiday").isTrue();
    // a currency without configured holidays has weekends only
    assertThat(calendar.isBankingDay(date("2026-12-25"), "JPY")).isTrue();
  }

  @Test
  void fiveBankingDaysAfterAThursdayPresentationSkipTheWeekend() {
    // presented Thu 2026-03-12: Fri 13 (1), [Sat 14, Sun 15], Mon 16 (2), Tue 17 (3), Wed 18 (4), Thu 19 (5)
    assertThat(calendar.addBankingDays(date("2026-03-12"), 5, "USD")).isEqualTo(date("2026-03-19"));
  }

  @Test
  void examinationPeriodOfAPresentationBeforeChristmasSkipsHolidays() {
    // UCP 600 Art. 14(b), presented Thu 2026-12-24.
    // USD: [Fri 25 holiday, Sat, Sun], Mon 28 (1), Tue 29 (2), Wed 30 (3), Thu 31 (4), [Fri 2027-01-01 holiday,
    //      Sat, Sun], Mon 2027-01-04 (5)
    assertThat(calendar.addBankingDays(date("2026-12-24"), 5, "USD")).isEqualTo(date("2027-01-04"));
    // GBP: Mon 28 is a holiday too: Tue 29 (1), Wed 30 (2), Thu 31 (3), Mon 4 (4), Tue 2027-01-05 (5)
    assertThat(calendar.addBankingDays(date("2026-12-24"), 5, "GBP")).isEqualTo(date("2027-01-05"));
  }

  @Test
  void expiryOnAHolidayMovesToTheNextBankingDay() {
    // UCP 600 Art. 29(a): expiry Fri 2026-12-25 → USD Mon 2026-12-28; GBP skips the 28th too → Tue 2026-12-29
    assertThat(calendar.nextBankingDay(date("2026-12-25"), "USD")).isEqualTo(date("2026-12-28"));
    assertThat(calendar.nextBankingDay(date("2026-12-25"), "GBP")).isEqualTo(date("2026-12-29"));
    // expiry on Sat 2026-11-28 → Mon 2026-11-30; a banking day stays as it is
    assertThat(calendar.nextBankingDay(date("2026-11-28"), "USD")).isEqualTo(date("2026-11-30"));
    assertThat(calendar.nextBankingDay(date("2026-12-24"), "USD")).isEqualTo(date("2026-12-24"));
  }

  @Test
  void zeroBankingDaysIsTheDateItselfAndNegativeIsRefused() {
    assertThat(calendar.addBankingDays(date("2026-12-25"), 0, "USD")).isEqualTo(date("2026-12-25"));
    assertThatIllegalArgumentException().isThrownBy(() -> calendar.addBankingDays(date("2026-12-24"), -1, "USD"))
        .withMessageContaining("must not be negative");
  }

  @Test
  void daysBetweenCountsActualCalendarDays() {
    // Nov 2 → Nov 30: 28; December: 31 → 59; Jan 1 → Jan 30: 30 → 89
    assertThat(calendar.daysBetween(date("2026-11-02"), date("2027-01-30"))).isEqualTo(89);
    // February of the leap year 2028 has 29 days
    assertThat(calendar.daysBetween(date("2028-02-01"), date("2028-03-01"))).isEqualTo(29);
    assertThat(calendar.daysBetween(date("2026-03-02"), date("2026-03-01"))).isEqualTo(-1);
  }

  @Test
  void unknownCurrencyAndMissingDateAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> calendar.isBankingDay(date("2026-12-24"), "ABC"))
        .withMessageContaining("Unknown currency 'ABC'");
    assertThatIllegalArgumentException().isThrownBy(() -> calendar.nextBankingDay(null, "USD"))
        .withMessageContaining("date is missing");
  }

  @Test
  void aMakeUpWorkingSaturdayIsABankingDayOfItsCurrencyOnly() {
    assertThat(calendar.isBankingDay(date("2026-02-14"), "CNY")).as("make-up Saturday").isTrue();
    assertThat(calendar.isBankingDay(date("2026-02-15"), "CNY")).as("Sunday").isFalse();
    assertThat(calendar.isBankingDay(date("2026-02-21"), "CNY")).as("Saturday in the break").isFalse();
    assertThat(calendar.isBankingDay(date("2026-02-14"), "USD")).as("Saturday").isFalse();
    // presented Fri 2026-02-13: Sat 14 (1), [Sun 15, Mon 16 - Fri 20, Sat 21, Sun 22, Mon 23], Tue 24 (2),
    // Wed 25 (3), Thu 26 (4), Fri 27 (5)
    assertThat(calendar.addBankingDays(date("2026-02-13"), 5, "CNY")).isEqualTo(date("2026-02-27"));
    // an expiry on the make-up Saturday stays; one on Sun 15 moves past the break to Tue 24
    assertThat(calendar.nextBankingDay(date("2026-02-14"), "CNY")).isEqualTo(date("2026-02-14"));
    assertThat(calendar.nextBankingDay(date("2026-02-15"), "CNY")).isEqualTo(date("2026-02-24"));
  }

  @Test
  void nonBankingDaysNameTheHolidaysAndTheWeekendsInDateOrder() {
    assertThat(calendar.nonBankingDays("CNY", date("2026-02-13"), date("2026-03-01"))).containsExactly(
        day("2026-02-15", "Sunday"),
        day("2026-02-16", "Spring Festival (Lunar New Year's Eve)"),
        day("2026-02-17", "Spring Festival (Lunar New Year's Day)"),
        day("2026-02-18", "Spring Festival"),
        day("2026-02-19", "Spring Festival"),
        day("2026-02-20", "Spring Festival"),
        day("2026-02-21", "Saturday"),
        day("2026-02-22", "Sunday"),
        day("2026-02-23", "Spring Festival"),
        day("2026-03-01", "Sunday"));
    // both ends count; a range of one banking day has none
    assertThat(calendar.nonBankingDays("GBP", date("2026-12-25"), date("2026-12-28"))).extracting(Holiday::name)
        .containsExactly("Christmas Day", "Saturday", "Sunday", "Boxing Day (substitute day)");
    assertThat(calendar.nonBankingDays("GBP", date("2026-12-24"), date("2026-12-24"))).isEmpty();
    assertThat(calendar.nonBankingDays("JPY", date("2026-12-24"), date("2026-12-27"))).as("weekends only")
        .containsExactly(day("2026-12-26", "Saturday"), day("2026-12-27", "Sunday"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calendar.nonBankingDays("USD", date("2026-12-28"), date("2026-12-27")))
        .withMessage("The to date 2026-12-27 is before the from date 2026-12-28");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calendar.nonBankingDays("ABC", date("2026-12-24"), date("2026-12-27")))
        .withMessageContaining("Unknown currency 'ABC'");
  }

  private static Holiday day(String iso, String name) {
    return new Holiday(date(iso), name);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
