package com.scfengine.money;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Banking days per currency: every day but Saturday, Sunday and the currency's holidays in
 * {@code scf.calendar.holidays}. A currency without configured holidays has weekends only.
 */
@Component
public class BankingCalendar {

  private final Map<String, Set<LocalDate>> holidays;

  public BankingCalendar(CalendarProperties properties) {
    this.holidays = properties.holidays().entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
  }

  /** Whether banks settle in the currency on that date. */
  public boolean isBankingDay(LocalDate date, String currency) {
    Money.scale(currency);
    DayOfWeek day = required(date, "date").getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
        && !holidays.getOrDefault(currency, Set.of()).contains(date);
  }

  /**
   * The date itself if it is a banking day, else the next banking day: UCP 600 Art. 29(a), an expiry date or
   * last day for presentation on which the bank is closed moves to the first following banking day.
   */
  public LocalDate nextBankingDay(LocalDate date, String currency) {
    LocalDate day = required(date, "date");
    while (!isBankingDay(day, currency)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * The n-th banking day following the date (the date itself does not count), e.g. UCP 600 Art. 14(b):
   * at most five banking days following the day of presentation. {@code n = 0} gives the date itself.
   */
  public LocalDate addBankingDays(LocalDate date, int n, String currency) {
    if (n < 0) {
      throw new IllegalArgumentException("Banking days to add must not be negative: " + n);
    }
    LocalDate day = required(date, "date");
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (isBankingDay(day, currency)) {
        counted++;
      }
    }
    return day;
  }

  /** Actual calendar days from one date to the other (negative if {@code to} is earlier). */
  public long daysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(required(from, "from date"), required(to, "to date"));
  }

  private static LocalDate required(LocalDate date, String name) {
    if (date == null) {
      throw new IllegalArgumentException("The " + name + " is missing");
    }
    return date;
  }
}
