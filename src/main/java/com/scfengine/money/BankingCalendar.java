package com.scfengine.money;

import com.scfengine.money.CalendarProperties.Holiday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Banking days per currency: every weekday but the currency's holidays in {@code scf.calendar.holidays}, and the
 * Saturdays and Sundays its banks open on, in {@code scf.calendar.working-days} (the PRC's make-up working days).
 * A currency without configured days has weekends only.
 */
@Component
public class BankingCalendar {

  private final Map<String, Map<LocalDate, String>> holidays;
  private final Map<String, Map<LocalDate, String>> workingDays;

  public BankingCalendar(CalendarProperties properties) {
    this.holidays = byDate(properties.holidays());
    this.workingDays = byDate(properties.workingDays());
  }

  /** Whether banks settle in the currency on that date. */
  public boolean isBankingDay(LocalDate date, String currency) {
    Money.scale(currency);
    required(date, "date");
    if (CalendarProperties.isWeekend(date)) {
      return workingDays.getOrDefault(currency, Map.of()).containsKey(date);
    }
    return !holidays.getOrDefault(currency, Map.of()).containsKey(date);
  }

  /**
   * Every day from {@code from} to {@code to}, both included, on which banks do not settle in the currency, in date
   * order: a holiday by its name, a Saturday or Sunday that is not a working day as "Saturday" or "Sunday".
   *
   * @throws IllegalArgumentException for an unknown currency, a missing date, or {@code to} before {@code from}
   */
  public List<Holiday> nonBankingDays(String currency, LocalDate from, LocalDate to) {
    Money.scale(currency);
    required(from, "from date");
    required(to, "to date");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("The to date " + to + " is before the from date " + from);
    }
    Map<LocalDate, String> named = holidays.getOrDefault(currency, Map.of());
    List<Holiday> closed = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (!isBankingDay(day, currency)) {
        closed.add(new Holiday(day, named.getOrDefault(day, dayName(day.getDayOfWeek()))));
      }
    }
    return List.copyOf(closed);
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
   * at most five banking days following the day of presentation. The date itself need not be a banking day: counting
   * from a Saturday, the Monday is the first. {@code n = 0} gives the date itself, banking day
   * or not ({@link #nextBankingDay} moves a date to a banking day).
   *
   * @throws IllegalArgumentException for a negative {@code n}, a missing date or an unknown currency
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

  private static Map<String, Map<LocalDate, String>> byDate(Map<String, List<Holiday>> days) {
    return days.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
        e -> e.getValue().stream().collect(Collectors.toUnmodifiableMap(Holiday::date, Holiday::name))));
  }

  private static String dayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static LocalDate required(LocalDate date, String name) {
    if (date == null) {
      throw new IllegalArgumentException("The " + name + " is missing");
    }
    return date;
  }
}
