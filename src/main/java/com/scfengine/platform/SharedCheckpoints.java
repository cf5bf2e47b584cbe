package com.scfengine.platform;

import java.sql.SQLException;

/**
 * Requests waiting at once for the same store share one H2 {@code CHECKPOINT}. Each request asks only after its own
 * transaction has committed, so any checkpoint that starts after it asked stores its changes: a request that arrives
 * while a checkpoint is running waits for the next one, which starts when the running one ends and serves every
 * request that asked before it started. H2 serialises every page changed since its last store into one chunk; one
 * chunk for the requests of a few milliseconds writes each page once instead of once per request.
 *
 * <p>A checkpoint that fails is the failure of the request that ran it; the requests it would have served are not
 * told they are stored: the next of them runs its own.
 */
final class SharedCheckpoints {

  /** What stores everything committed so far (H2's {@code CHECKPOINT}). */
  @FunctionalInterface
  interface Checkpoint {
    void run() throws SQLException;
  }

  private final Checkpoint checkpoint;
  private final Object lock = new Object();
  /** Tickets handed out: one per request, after its transaction committed. */
  private long asked;
  /** Every ticket up to this one is stored. */
  private long stored;
  private boolean running;

  SharedCheckpoints(Checkpoint checkpoint) {
    this.checkpoint = checkpoint;
  }

  /** The requests that have asked so far. */
  long asked() {
    synchronized (lock) {
      return asked;
    }
  }

  /** Returns once a checkpoint that started after this call has ended; throws what the checkpoint it ran threw. */
  void storeCommitted() throws SQLException, InterruptedException {
    long ticket;
    long covers;
    synchronized (lock) {
      ticket = ++asked;
      while (true) {
        if (stored >= ticket) {
          return;
        }
        if (!running) {
          running = true;
          covers = asked; // every ticket so far was taken after its commit: this checkpoint stores them all
          break;
        }
        lock.wait();
      }
    }
    boolean done = false;
    try {
      checkpoint.run();
      done = true;
    } finally {
      synchronized (lock) {
        running = false;
        if (done) {
          stored = Math.max(stored, covers);
        }
        lock.notifyAll();
      }
    }
  }
}
