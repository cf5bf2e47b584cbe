package com.scfengine.corebanking;

import java.math.BigDecimal;

/** One leg of a booking: an account, debit or credit, a positive amount in the booking's currency. */
public record Posting(String account, Side side, BigDecimal amount) {
  public enum Side { DEBIT, CREDIT }

  public static Posting debit(String account, BigDecimal amount) {
    return new Posting(account, Side.DEBIT, amount);
  }

  public static Posting credit(String account, BigDecimal amount) {
    return new Posting(account, Side.CREDIT, amount);
  }
}
