package com.scfengine.lettersofcredit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An amendment of an issued credit: requested, decided on (an increase needs credit again), sent by MT707, and
 * pending until the beneficiary accepts or rejects it — only an accepted amendment changes the credit.
 */
@Entity
@Table(name = "lc_amendment")
class LcAmendment {

  enum Status { REQUESTED, SENT, ACCEPTED, REJECTED, DECLINED }

  @Id
  private String id;
  private String lcId;
  private int number;
  @Column(precision = 19, scale = 4)
  private BigDecimal amountIncrease;
  @Column(precision = 19, scale = 4)
  private BigDecimal amountDecrease;
  private LocalDate newExpiryDate;
  private LocalDate newLatestShipmentDate;
  private String narrative;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String reason;
  private String requestedBy;
  private Instant requestedAt;
  private Instant answeredAt;
  @Version
  private Long version;

  protected LcAmendment() {}

  LcAmendment(String lcId, int number, BigDecimal amountIncrease, BigDecimal amountDecrease, LocalDate newExpiryDate,
      LocalDate newLatestShipmentDate, String narrative, String requestedBy, Instant now) {
    this.id = lcId + "-A" + number;
    this.lcId = lcId;
    this.number = number;
    this.amountIncrease = amountIncrease;
    this.amountDecrease = amountDecrease;
    this.newExpiryDate = newExpiryDate;
    this.newLatestShipmentDate = newLatestShipmentDate;
    this.narrative = narrative;
    this.requestedBy = requestedBy;
    this.requestedAt = now;
    this.status = Status.REQUESTED;
  }

  boolean isPending() {
    return status == Status.REQUESTED || status == Status.SENT;
  }

  void moveTo(Status next, String why, Instant now) {
    this.status = next;
    this.reason = why;
    if (next != Status.SENT) {
      this.answeredAt = now;
    }
  }

  String getId() { return id; }
  String getLcId() { return lcId; }
  int getNumber() { return number; }
  BigDecimal getAmountIncrease() { return amountIncrease; }
  BigDecimal getAmountDecrease() { return amountDecrease; }
  LocalDate getNewExpiryDate() { return newExpiryDate; }
  LocalDate getNewLatestShipmentDate() { return newLatestShipmentDate; }
  String getNarrative() { return narrative; }
  Status getStatus() { return status; }
  String getReason() { return reason; }
  String getRequestedBy() { return requestedBy; }
  Instant getRequestedAt() { return requestedAt; }
  Instant getAnsweredAt() { return answeredAt; }
}
