package com.scfengine.common;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults a simulator injects, set from configuration and switchable at runtime (thread-safe): a
 * latency added to every call, and the next N calls failing with {@link PortUnavailableException} as
 * if the system were down. {@link #reset()} makes the simulator healthy again (no faults, no latency).
 *
 * <p>Generic to all three simulators; it lives here only because {@code common} belongs to someone else.
 */
public class SimulatedFaults {

  private final String system;
  private final AtomicInteger failNext = new AtomicInteger();
  private volatile Duration latency;

  public SimulatedFaults(String system, Duration latency, int failNextCalls) {
    this.system = system;
    this.latency = latency == null ? Duration.ZERO : latency;
    failNext.set(failNextCalls);
  }

  /** The next {@code n} calls throw PortUnavailableException (replaces any count still pending). */
  public SimulatedFaults failNext(int n) {
    failNext.set(Math.max(0, n));
    return this;
  }

  /** Every call first waits this long. */
  public SimulatedFaults latency(Duration latency) {
    this.latency = latency == null ? Duration.ZERO : latency;
    return this;
  }

  /** No faults pending, no latency. */
  public void reset() {
    failNext.set(0);
    latency = Duration.ZERO;
  }

  /** Called by the simulator before it does anything: waits the latency, then fails if a failure is due. */
  public void beforeCall(String operation) {
    if (!latency.isZero()) {
      try {
        Thread.sleep(latency.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PortUnavailableException(system + " call interrupted: " + operation, e);
      }
    }
    if (takeOne(failNext)) {
      throw new PortUnavailableException(system + " unavailable (simulated fault): " + operation);
    }
  }

  protected String system() {
    return system;
  }

  /** Takes one from a fault counter; true when one was pending. */
  protected static boolean takeOne(AtomicInteger counter) {
    return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }
}
