package com.scfengine.money;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

/** config/calendar.yaml, bound the way the application binds it at start-up, without a Spring context. */
final class ShippedCalendar {

  static final Path FILE = Path.of("config/calendar.yaml");

  private static CalendarProperties properties;

  private ShippedCalendar() {}

  /** The shipped {@code scf.calendar} properties, checked by their constructor as at start-up. */
  static synchronized CalendarProperties properties() {
    if (properties == null) {
      properties = bind(FILE);
    }
    return properties;
  }

  /** A banking calendar on the shipped data. */
  static BankingCalendar calendar() {
    return new BankingCalendar(properties());
  }

  static CalendarProperties bind(Path yaml) {
    try {
      var sources = new YamlPropertySourceLoader().load("calendar", new FileSystemResource(yaml));
      return new Binder(ConfigurationPropertySources.from(sources))
          .bind("scf.calendar", Bindable.of(CalendarProperties.class))
          .orElseThrow(() -> new AssertionError(yaml + " has no scf.calendar"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
