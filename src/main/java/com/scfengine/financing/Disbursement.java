package com.scfengine.financing;

import com.scfengine.common.AssignedIdEntity;
import com.scfengine.common.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Money paid out for an application, booked once under its idempotency key. */
@Entity
public class Disbursement extends AssignedIdEntity {
  @Id
  private String id;
  private String applicationId;
  private String idempotencyKey;
  @Column(precision = 19, scale = 4)
  private BigDecimal amount;
  private String currency;
  private String bookingId;
  private LocalDate valueDate;
  private Instant bookedAt;

  protected Disbursement() {}

  Disbursement(String applicationId, String idempotencyKey, BigDecimal amount, String currency, String bookingId,
      LocalDate valueDate) {
    this.id = Ids.next();
    this.applicationId = applicationId;
    this.idempotencyKey = idempotencyKey;
    this.amount = amount;
    this.currency = currency;
    this.bookingId = bookingId;
    this.valueDate = valueDate;
    this.bookedAt = Instant.now();
  }

  @Override
  public String getId() { return id; }
  public String getApplicationId() { return applicationId; }
  public String getIdempotencyKey() { return idempotencyKey; }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public String getBookingId() { return bookingId; }
  public LocalDate getValueDate() { return valueDate; }
}
