package com.scfengine.money;

import org.springframework.stereotype.Component;

/** Which {@link DayCount} each currency uses, from {@code scf.calendar.day-count} with the industry defaults. */
@Component
public class DayCounts {

  private final CalendarProperties properties;

  public DayCounts(CalendarProperties properties) {
    this.properties = properties;
  }

  /**
   * The currency's convention; ACT/360 for a currency nobody configured.
   *
   * @throws IllegalArgumentException for an unknown currency
   */
  public DayCount forCurrency(String currency) {
    Money.scale(currency);
    return properties.dayCount().getOrDefault(currency, CalendarProperties.FALLBACK_DAY_COUNT);
  }
}
