package com.scfengine.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The faults a simulator injects, with a sleeper that counts the waits instead of waiting. */
class SimulatedFaultsTest {

  private final List<Duration> waits = new ArrayList<>();

  @Test
  void everyCallWaitsTheLatencyThenTheNextCallsFail() {
    SimulatedFaults faults = new SimulatedFaults("ledger", Duration.ofMillis(50), 2, waits::add);
    assertThatThrownBy(() -> faults.beforeCall("book")).isInstanceOf(PortUnavailableException.class)
        .hasMessage("ledger unavailable (simulated fault): book");
    assertThatThrownBy(() -> faults.beforeCall("book")).isInstanceOf(PortUnavailableException.class);
    faults.beforeCall("book");
    assertThat(waits).containsExactly(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(50));
  }

  @Test
  void latencyAndFailuresChangeAtRuntimeAndResetClearsBoth() {
    SimulatedFaults faults = new SimulatedFaults("ledger", null, 0, waits::add);
    faults.beforeCall("book");
    assertThat(waits).as("no latency, no wait").isEmpty();
    faults.latency(Duration.ofSeconds(2)).failNext(1);
    assertThatThrownBy(() -> faults.beforeCall("book")).isInstanceOf(PortUnavailableException.class);
    assertThat(waits).containsExactly(Duration.ofSeconds(2));
    faults.failNext(3);
    faults.reset();
    faults.beforeCall("book");
    assertThat(faults.latency()).isZero();
    assertThat(waits).hasSize(1);
  }

  @Test
  void anInterruptedWaitIsAnUnavailableSystem() {
    SimulatedFaults faults = new SimulatedFaults("ledger", Duration.ofMillis(5), 0, duration -> {
      throw new InterruptedException();
    });
    assertThatThrownBy(() -> faults.beforeCall("book")).isInstanceOf(PortUnavailableException.class)
        .hasMessageContaining("interrupted");
    assertThat(Thread.interrupted()).as("the interruption is kept").isTrue();
  }
}
