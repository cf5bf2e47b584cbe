package com.scfengine.corebanking;

import com.scfengine.common.SimulatedFaults;
import com.scfengine.common.PortUnavailableException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The core banking simulator's faults: those of every simulator, plus a lost response — the booking is
 * made and committed, then the call throws PortUnavailableException as if the answer timed out.
 */
public class CoreBankingFaults extends SimulatedFaults {

  private final AtomicInteger timeOutAfterBooking = new AtomicInteger();

  public CoreBankingFaults(Duration latency, int failNextCalls, int timeOutAfterBookingNextCalls) {
    super("core banking", latency, failNextCalls);
    timeOutAfterBooking.set(timeOutAfterBookingNextCalls);
  }

  /** The next {@code n} bookings are made, but their answers are lost (PortUnavailableException). */
  public CoreBankingFaults timeOutAfterBookingNext(int n) {
    timeOutAfterBooking.set(Math.max(0, n));
    return this;
  }

  @Override
  public void reset() {
    super.reset();
    timeOutAfterBooking.set(0);
  }

  /** Called once the booking is committed: loses the answer if such a fault is due. */
  void afterBooking(String operation) {
    if (takeOne(timeOutAfterBooking)) {
      throw new PortUnavailableException(system() + " timed out (simulated fault, the booking was made): " + operation);
    }
  }
}
