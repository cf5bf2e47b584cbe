package com.scfengine.corebanking;

import com.scfengine.common.HttpPortSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code scf.core-banking.*}: which adapter serves the CoreBanking port ({@code simulator}, the default,
 * or {@code http}), the simulator's faults and latency, and the HTTP client's settings.
 */
@Validated
@ConfigurationProperties(prefix = "scf.core-banking")
public record CoreBankingProperties(
    @DefaultValue("simulator") @Pattern(regexp = "simulator|http") String adapter,
    @DefaultValue @Valid Simulator simulator,
    @Valid HttpPortSettings http) {

  public CoreBankingProperties {
    simulator = simulator == null ? new Simulator(null, 0, 0) : simulator;
  }

  /** Latency of every call, the next N calls failing, the next N bookings made but their answers lost. */
  public record Simulator(
      @DefaultValue("0s") Duration latency,
      @PositiveOrZero int failNextCalls,
      @PositiveOrZero int timeOutAfterBookingNextCalls) {

    public Simulator {
      latency = latency == null ? Duration.ZERO : latency;
    }
  }

  @AssertTrue(message = "scf.core-banking.http.base-url is required when scf.core-banking.adapter=http")
  public boolean isHttpConfiguredWhenSelected() {
    return !"http".equals(adapter) || http != null;
  }
}
