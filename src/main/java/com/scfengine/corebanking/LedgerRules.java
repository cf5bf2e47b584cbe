package com.scfengine.corebanking;

import java.math.BigDecimal;

/**
 * What makes a booking acceptable to a double-entry ledger: at least two postings, every amount positive
 * with at most 4 decimals, and debits equal to credits. Checked before anything is written or sent.
 */
final class LedgerRules {

  static final int MAX_SCALE = 4;

  private LedgerRules() {}

  /** Throws UnbalancedBookingException (or IllegalArgumentException for a missing field) if the request cannot be booked. */
  static void requireBookable(BookingRequest request) {
    if (request == null) {
      throw new IllegalArgumentException("no booking request");
    }
    requireText(request.idempotencyKey(), "idempotency key");
    requireText(request.kind(), "kind");
    if (request.currency() == null || !request.currency().matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + request.currency());
    }
    var postings = request.postings();
    if (postings == null || postings.size() < 2) {
      throw new UnbalancedBookingException("booking " + request.idempotencyKey() + " needs at least two postings");
    }
    BigDecimal debits = BigDecimal.ZERO;
    BigDecimal credits = BigDecimal.ZERO;
    for (Posting posting : postings) {
      requirePosting(request, posting);
      if (posting.side() == Posting.Side.DEBIT) {
        debits = debits.add(posting.amount());
      } else {
        credits = credits.add(posting.amount());
      }
    }
    if (debits.compareTo(credits) != 0) {
      throw new UnbalancedBookingException("booking " + request.idempotencyKey() + " does not balance: debits "
          + debits.toPlainString() + " vs credits " + credits.toPlainString() + " " + request.currency());
    }
  }

  private static void requirePosting(BookingRequest request, Posting posting) {
    if (posting == null || posting.side() == null || posting.account() == null || posting.account().isBlank()) {
      throw new UnbalancedBookingException("booking " + request.idempotencyKey() + " has a posting without account or side");
    }
    if (posting.amount() == null || posting.amount().signum() <= 0) {
      throw new UnbalancedBookingException("booking " + request.idempotencyKey() + ": amount on " + posting.account()
          + " must be positive, was " + posting.amount());
    }
    if (posting.amount().stripTrailingZeros().scale() > MAX_SCALE) {
      throw new IllegalArgumentException("booking " + request.idempotencyKey() + ": amount " + posting.amount()
          + " has more than " + MAX_SCALE + " decimals");
    }
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("booking needs a " + what);
    }
  }
}
