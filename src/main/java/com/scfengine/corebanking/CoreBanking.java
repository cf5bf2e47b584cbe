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
}
