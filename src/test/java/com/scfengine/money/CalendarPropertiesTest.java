package com.scfengine.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

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
        new CalendarProperties(null, Map.of("jpy", DayCount.ACT_365, "USD", DayCount.ACT_365)));
    assertThat(dayCounts.forCurrency("JPY")).isEqualTo(DayCount.ACT_365);
    assertThat(dayCounts.forCurrency("USD")).isEqualTo(DayCount.ACT_365);
    assertThat(dayCounts.forCurrency("EUR")).isEqualTo(DayCount.ACT_360);
  }

  @Test
  void unknownCurrencyOrEmptyDateInConfigurationIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CalendarProperties(Map.of("USX", List.of(LocalDate.of(2026, 1, 1))), null))
        .withMessage("scf.calendar.holidays names 'USX', which is not an ISO 4217 currency");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CalendarProperties(null, Map.of("EURO", DayCount.ACT_360)))
        .withMessageContaining("scf.calendar.day-count names 'EURO'");
    var withEmptyDate = new ArrayList<LocalDate>();
    withEmptyDate.add(null);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CalendarProperties(Map.of("GBP", withEmptyDate), null))
        .withMessageContaining("scf.calendar.holidays.GBP lists an empty date");
  }

  @Test
  void shippedCalendarBindsWithWeekdayHolidaysForEveryCurrencyAndBothYears() throws IOException {
    CalendarProperties properties = bind(Path.of("config/calendar.yaml"));

    assertThat(properties.dayCount()).containsAllEntriesOf(Map.of(
        "USD", DayCount.ACT_360, "EUR", DayCount.ACT_360,
        "GBP", DayCount.ACT_365, "CNY", DayCount.ACT_365, "HKD", DayCount.ACT_365));
    assertThat(properties.holidays()).containsOnlyKeys("USD", "EUR", "GBP", "CNY", "HKD");
    properties.holidays().forEach((currency, dates) -> {
      assertThat(dates).as(currency).anyMatch(d -> d.getYear() == 2026).anyMatch(d -> d.getYear() == 2027)
          .allMatch(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
    });
    assertThat(properties.holidays().get("USD")).contains(LocalDate.of(2026, 11, 26), LocalDate.of(2027, 7, 5));
    assertThat(properties.holidays().get("EUR")).contains(LocalDate.of(2026, 4, 3), LocalDate.of(2027, 3, 29));
    assertThat(properties.holidays().get("GBP")).contains(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 12, 28));
    assertThat(properties.holidays().get("CNY")).contains(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 10, 1));
    assertThat(properties.holidays().get("HKD")).contains(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 2, 9));

    var calendar = new BankingCalendar(properties);
    // Thanksgiving Thu 2026-11-26 closes USD, not EUR
    assertThat(calendar.isBankingDay(LocalDate.of(2026, 11, 26), "USD")).isFalse();
    assertThat(calendar.isBankingDay(LocalDate.of(2026, 11, 26), "EUR")).isTrue();
  }

  /** Binds and validates the file the way the application does at start-up, without a Spring context. */
  private static CalendarProperties bind(Path yaml) throws IOException {
    var sources = new YamlPropertySourceLoader().load("calendar", new FileSystemResource(yaml));
    var binder = new Binder(ConfigurationPropertySources.from(sources));
    try (var factory = Validation.buildDefaultValidatorFactory()) {
      var validation = new ValidationBindHandler(new SpringValidatorAdapter(factory.getValidator()));
      return binder.bindOrCreate("scf.calendar", Bindable.of(CalendarProperties.class), validation);
    }
  }
}
