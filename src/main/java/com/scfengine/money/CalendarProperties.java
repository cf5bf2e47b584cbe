package com.scfengine.money;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code scf.calendar.*} (config/calendar.yaml): bank holidays, weekend working days and day-count convention per
 * currency. Currency codes must be ISO 4217 (upper-cased when read). Day counts not configured fall back to
 * {@link #DEFAULT_DAY_COUNTS}, and to ACT/360 for any other currency. The constructor checks everything, so a plain
 * unit test gets the same validation as the application at start-up.
 *
 * @param holidays currency → the weekdays on which its banks are closed, each with its name (weekends always are
 *     closed, so a holiday on a Saturday or Sunday is refused); sorted by date
 * @param workingDays currency → the Saturdays and Sundays on which its banks open, each with its name (the PRC's
 *     make-up working days); sorted by date
 * @param dayCount currency → day-count convention
 */
@ConfigurationProperties(prefix = "scf.calendar")
public record CalendarProperties(
    Map<String, List<Holiday>> holidays,
    Map<String, List<Holiday>> workingDays,
    Map<String, DayCount> dayCount) {

  /**
   * A named day of a currency's calendar: a holiday, a weekend working day, or a day that is not a banking day.
   *
   * @param date the day
   * @param name what it is, e.g. "Christmas Day", "Spring Festival make-up working day", "Saturday"
   */
  public record Holiday(LocalDate date, String name) {}

  /** Industry defaults (money-market practice): ACT/360 for USD and EUR, ACT/365 for GBP, CNY and HKD. */
  public static final Map<String, DayCount> DEFAULT_DAY_COUNTS = Map.of(
      "USD", DayCount.ACT_360, "EUR", DayCount.ACT_360,
      "GBP", DayCount.ACT_365, "CNY", DayCount.ACT_365, "HKD", DayCount.ACT_365);

  /** The convention of a currency nobody configured. */
  public static final DayCount FALLBACK_DAY_COUNT = DayCount.ACT_360;

  public CalendarProperties {
    holidays = checkedDays(holidays, "holidays", date -> !isWeekend(date),
        "weekends are never banking days, so list only holidays on weekdays");
    workingDays = checkedDays(workingDays, "working-days", CalendarProperties::isWeekend,
        "a working day must be a Saturday or Sunday (weekdays are banking days unless they are holidays)");
    var checkedDayCounts = new LinkedHashMap<>(DEFAULT_DAY_COUNTS);
    (dayCount == null ? Map.<String, DayCount>of() : dayCount).forEach((currency, convention) -> {
      String code = checkedCurrency(currency, "day-count");
      if (convention == null) {
        throw new IllegalArgumentException("scf.calendar.day-count." + code + " is empty: use ACT_360 or ACT_365");
      }
      checkedDayCounts.put(code, convention);
    });
    dayCount = Map.copyOf(checkedDayCounts);
  }

  /** Weekends only, default day counts: what the engine uses when config/calendar.yaml is absent. */
  public static CalendarProperties defaults() {
    return new CalendarProperties(null, null, null);
  }

  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** Every entry dated, named, on the right kind of day and listed once; keys upper-cased, lists sorted by date. */
  private static Map<String, List<Holiday>> checkedDays(Map<String, List<Holiday>> days, String key,
      Predicate<LocalDate> allowed, String whyNot) {
    var checked = new TreeMap<String, List<Holiday>>();
    (days == null ? Map.<String, List<Holiday>>of() : days).forEach((currency, entries) -> {
      String code = checkedCurrency(currency, key);
      String property = "scf.calendar." + key + "." + code;
      if (checked.containsKey(code)) {
        throw new IllegalArgumentException("scf.calendar." + key + " names " + code + " twice");
      }
      if (entries == null) {
        throw new IllegalArgumentException(property + " is empty: list {date, name} entries");
      }
      Set<LocalDate> seen = new HashSet<>();
      for (Holiday day : entries) {
        if (day == null || day.date() == null) {
          throw new IllegalArgumentException(property + " lists an empty date");
        }
        if (day.name() == null || day.name().isBlank()) {
          throw new IllegalArgumentException(property + " lists " + day.date() + " without a name");
        }
        if (!allowed.test(day.date())) {
          throw new IllegalArgumentException(property + " lists " + day.date() + " (" + day.name() + "), a "
              + day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + ": " + whyNot);
        }
        if (!seen.add(day.date())) {
          throw new IllegalArgumentException(property + " lists " + day.date() + " twice");
        }
      }
      checked.put(code, entries.stream()
          .map(day -> new Holiday(day.date(), day.name().trim()))
          .sorted(Comparator.comparing(Holiday::date))
          .toList());
    });
    return Map.copyOf(checked);
  }

  private static String checkedCurrency(String currency, String key) {
    String code = currency == null ? null : currency.trim().toUpperCase(Locale.ROOT);
    if (!Money.isKnownCurrency(code)) {
      throw new IllegalArgumentException(
          "scf.calendar." + key + " names '" + currency + "', which is not an ISO 4217 currency");
    }
    return code;
  }
}
