package com.scfengine.corebanking;

import java.time.LocalDate;
import java.util.List;

/**
 * A booking: kind (DISBURSEMENT, COLLECTION, FEE, RECOURSE_DEBIT, ...), the idempotency key derived from
 * the application id and step, a reference for people, value date, and the postings (must balance).
 */
public record BookingRequest(String idempotencyKey, String kind, String reference, String currency,
    LocalDate valueDate, List<Posting> postings) {}
