package com.scfengine.financing;

import com.scfengine.common.AssignedIdEntity;
import com.scfengine.common.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Money coming back for an application: a collection from the buyer, a recourse debit, a claim. */
@Entity
public class Repayment extends AssignedIdEntity {
  @Id
  private String id;
  private String applicationId;
  private String idempotencyKey;
  private String kind;
  @Column(precision = 19, scale = 4)
  private BigDecimal amount;
  private String currency;
  private String bookingId;
  private LocalDate valueDate;
  private Instant bookedAt;

  protected Repayment() {}

  Repayment(String applicationId, String idempotencyKey, String kind, BigDecimal amount, String currency,
      String bookingId, LocalDate valueDate) {
    this.id = Ids.next();
    this.applicationId = applicationId;
    this.idempotencyKey = idempotencyKey;
    this.kind = kind;
    this.amount = amount;
    this.currency = currency;
    this.bookingId = bookingId;
    this.valueDate = valueDate;
    this.bookedAt = Instant.now();
  }

  @Override
  public String getId() { return id; }
  public String getApplicationId() { return applicationId; }
  public String getKind() { return kind; }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public String getBookingId() { return bookingId; }
}
