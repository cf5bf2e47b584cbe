package com.scfengine.applications;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code scf.products.*}: per-product settings a bank tunes without a release — grace days after the
 * due date, when to remind the buyer and when an unconfirmed application lapses. {@code default}
 * applies to any product not listed.
 */
@Validated
@ConfigurationProperties(prefix = "scf.products")
public record ProductSettings(Map<String, Product> settings) {

  public record Product(@Min(0) int graceDays, @NotNull Duration buyerReminderAfter,
      @NotNull Duration buyerConfirmationCutOff) {}

  private static final Product FALLBACK = new Product(5, Duration.ofDays(2), Duration.ofDays(7));

  public ProductSettings {
    settings = settings == null ? Map.of() : settings.entrySet().stream()
        .collect(java.util.stream.Collectors.toUnmodifiableMap(e -> e.getKey().toUpperCase(), Map.Entry::getValue));
  }

  public Product of(String product) {
    return settings.getOrDefault(product.toUpperCase(), settings.getOrDefault("DEFAULT", FALLBACK));
  }
}
