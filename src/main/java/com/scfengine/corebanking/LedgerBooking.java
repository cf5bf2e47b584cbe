package com.scfengine.corebanking;

import java.time.Instant;
import java.util.List;

/**
 * A booking as the ledger holds it, with its postings: what core banking answers when asked for the bookings of a
 * reference (an application id).
 */
public record LedgerBooking(String bookingId, String idempotencyKey, String kind, String reference, String currency,
    Instant bookedAt, List<Posting> postings) {

  public LedgerBooking {
    postings = postings == null ? List.of() : List.copyOf(postings);
  }
}
