package com.scfengine.common;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;

/**
 * Ids of the domain's own rows (receivables, documents, limit holds, disbursements, repayments, ledger bookings
 * and postings): time-ordered UUIDs (RFC 9562 version 7 — milliseconds since the epoch first, then randomness;
 * in one JVM strictly increasing, also within a millisecond), as strings whose sort order is their time order.
 *
 * <p>Why not {@code UUID.randomUUID()}: a random key lands on a random page of the table's primary-key
 * index, so every insert changes a page of its own that the database must write again — on H2 each such page is
 * serialised in full at the next store commit, and the more rows a table holds, the fewer inserts share a page;
 * on MySQL's InnoDB the primary key is the table itself (random inserts split pages all over it). A time-ordered
 * key appends at the right edge of the index, where the pages are already in memory and already dirty.
 */
public final class Ids {

  private static final NoArgGenerator GENERATOR = Generators.timeBasedEpochGenerator();

  private Ids() {}

  /** A new time-ordered id, such as {@code 0193dc8e-5b2a-7c41-9d3e-8f1a2b3c4d5e}. */
  public static String next() {
    return GENERATOR.generate().toString();
  }
}
