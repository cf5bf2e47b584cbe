package com.scfengine.corebanking;

import com.scfengine.common.AdapterPort;

/**
 * Port: the bank's core banking system — accounts and a double-entry ledger. Every booking carries an
 * idempotency key; booking the same key again returns the first booking and posts nothing new.
 */
@AdapterPort("core-banking")
public interface CoreBanking {

  /**
   * Books a balanced set of postings. Throws {@link UnbalancedBookingException} when debits and credits
   * differ, PortUnavailableException when the system cannot be reached (safe to retry with the same key).
   */
  Booking book(BookingRequest request);

  /** The balance of an account in its currency (debits positive for asset accounts as posted). */
  java.math.BigDecimal balance(String account, String currency);

  /**
   * The bookings made under any of these references (application ids), with their postings, oldest first: one call
   * for many references, so that a check of every application does not ask once per application. A reference
   * without bookings contributes nothing. PortUnavailableException when the system cannot be reached.
   */
  java.util.List<LedgerBooking> bookingsOf(java.util.Collection<String> references);
}
