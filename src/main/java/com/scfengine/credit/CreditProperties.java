package com.scfengine.credit;

import com.scfengine.common.HttpPortSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code scf.credit.*}: which adapter serves the CreditBureau port ({@code simulator}, the default, or
 * {@code http}), the simulator's ratings, faults and latency, and the HTTP client's settings.
 */
@Validated
@ConfigurationProperties(prefix = "scf.credit")
public record CreditProperties(
    @DefaultValue("simulator") @Pattern(regexp = "simulator|http") String adapter,
    @DefaultValue @Valid Simulator simulator,
    @Valid HttpPortSettings http) {

  /** The bank's rating scale, best first. */
  public static final String GRADES = "AAA|AA|A|BBB|BB|B|CCC|D";

  public CreditProperties {
    simulator = simulator == null ? new Simulator(null, 0, null) : simulator;
  }

  /** Latency of every call, the next N calls failing, and the ratings the simulated bureau knows. */
  public record Simulator(
      @DefaultValue("0s") Duration latency,
      @PositiveOrZero int failNextCalls,
      Map<String, @Valid @NotNull Rating> ratings) {

    public Simulator {
      latency = latency == null ? Duration.ZERO : latency;
      ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }
  }

  /** A configured rating: grade on the bank's scale and probability of default (0..1). */
  public record Rating(
      @NotNull @Pattern(regexp = GRADES) String grade,
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal pd) {}

  @AssertTrue(message = "scf.credit.http.base-url is required when scf.credit.adapter=http")
  public boolean isHttpConfiguredWhenSelected() {
    return !"http".equals(adapter) || http != null;
  }
}
