package com.scfengine.financing;

/**
 * What the product recorded of one booking it made through core banking: the application (or payable) it was made
 * for, its idempotency key, its kind (DISBURSEMENT, COLLECTION, FEE, …) and the ledger's booking id.
 */
public record RecordedBooking(String applicationId, String idempotencyKey, String kind, String bookingId) {}
