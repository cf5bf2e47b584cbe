package com.scfengine.corebanking;

import java.time.Instant;

/** A booking as the core banking system recorded it. */
public record Booking(String bookingId, String idempotencyKey, String kind, Instant bookedAt) {}
