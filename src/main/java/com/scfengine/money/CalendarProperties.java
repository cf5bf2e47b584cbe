package com.scfengine.money;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code scf.calendar.*} (config/calendar.yaml): bank holidays and day-count convention per currency.
 * Currency codes must be ISO 4217 (upper-cased when read). Day counts not configured fall back to
 * {@link #DEFAULT_DAY_COUNTS}, and to ACT/360 for any other currency. The constructor checks everything,
 * so a plain unit test gets the same validation as the application at start-up.
 *
 * @param holidays currency → dates on which its banks are closed on a weekday (weekends always are)
 * @param dayCount currency → day-count convention
 */
@Validated
@ConfigurationProperties(prefix = "scf.calendar")
public record CalendarProperties(
    Map<String, List<@NotNull LocalDate>> holidays,
    Map<String, @NotNull DayCount> dayCount) {

  /** Industry defaults (money-market practice): ACT/360 for USD and EUR, ACT/365 for GBP, CNY and HKD. */
  public static final Map<String, DayCount> DEFAULT_DAY_COUNTS = Map.of(
      "USD", DayCount.ACT_360, "EUR", DayCount.ACT_360,
      "GBP", DayCount.ACT_365, "CNY", DayCount.ACT_365, "HKD", DayCount.ACT_365);

  /** The convention of a currency nobody configured. */
  public static final DayCount FALLBACK_DAY_COUNT = DayCount.ACT_360;

  public CalendarProperties {
    var checkedHolidays = new TreeMap<String, List<LocalDate>>();
    (holidays == null ? Map.<String, List<LocalDate>>of() : holidays).forEach((currency, dates) -> {
      String code = checkedCurrency(currency, "holidays");
      if (dates == null || dates.stream().anyMatch(Objects::isNull)) {
        throw new IllegalArgumentException("scf.calendar.holidays." + code + " lists an empty date");
      }
      checkedHolidays.put(code, dates.stream().distinct().sorted().toList());
    });
    var checkedDayCounts = new LinkedHashMap<>(DEFAULT_DAY_COUNTS);
    (dayCount == null ? Map.<String, DayCount>of() : dayCount).forEach((currency, convention) -> {
      String code = checkedCurrency(currency, "day-count");
      if (convention == null) {
        throw new IllegalArgumentException("scf.calendar.day-count." + code + " is empty: use ACT_360 or ACT_365");
      }
      checkedDayCounts.put(code, convention);
    });
    holidays = Map.copyOf(checkedHolidays);
    dayCount = Map.copyOf(checkedDayCounts);
  }

  /** Weekends only, default day counts: what the engine uses when config/calendar.yaml is absent. */
  public static CalendarProperties defaults() {
    return new CalendarProperties(null, null);
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
