package com.scfengine.common;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults a simulator injects, set from configuration and switchable at runtime (thread-safe): a
 * latency added to every call, and the next N calls failing with {@link PortUnavailableException} as
 * if the system were down. {@link #reset()} makes the simulator healthy again (no faults, no latency).
 * Shared by the simulators of every port.
 */
public class SimulatedFaults {

  private final String system;
  private final AtomicInteger failNext = new AtomicInteger();
  private final Sleeper sleeper;
  private volatile Duration latency;

  /** How a call waits its latency: the thread sleeps (tests count instead). */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  public SimulatedFaults(String system, Duration latency, int failNextCalls) {
    this(system, latency, failNextCalls, duration -> Thread.sleep(duration.toMillis()));
  }

  SimulatedFaults(String system, Duration latency, int failNextCalls, Sleeper sleeper) {
    this.system = system;
    this.latency = latency == null ? Duration.ZERO : latency;
    this.sleeper = sleeper;
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

  /** The latency every call waits now. */
  public Duration latency() {
    return latency;
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
        sleeper.sleep(latency);
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
