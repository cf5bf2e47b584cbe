package com.scfengine.corebanking;

/** Debits and credits of a booking do not balance; nothing was booked. */
class UnbalancedBookingException extends IllegalArgumentException {
  public UnbalancedBookingException(String message) {
    super(message);
  }
}
