package com.scfengine.applications;

import com.scfengine.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A financing application; its id is the business key of the process instance that works it. */
@Entity
@Table(name = "financing_application")
public class FinancingApplication {

  @Id
  private String id;
  private String product;
  private String processInstanceId;
  private String applicantId;
  private String counterpartyId;
  @Column(precision = 19, scale = 4)
  private BigDecimal amount;
  @Column(precision = 19, scale = 4)
  private BigDecimal requestedAmount;
  private String currency;
  @Column(precision = 19, scale = 4)
  private BigDecimal advance;
  @Column(precision = 19, scale = 4)
  private BigDecimal discountInterest;
  @Column(precision = 19, scale = 4)
  private BigDecimal serviceFee;
  @Column(precision = 19, scale = 4)
  private BigDecimal netAdvance;
  @Enumerated(EnumType.STRING)
  private ApplicationStatus status;
  private String decision;
  private String reason;
  private String ratingGrade;
  private String submittedBy;
  private Instant createdAt;
  private Instant updatedAt;
  /**
   * A wrapper, not {@code long}: null tells Spring Data a new record from a stored one, so that {@code save} inserts
   * without reading the id first (with a primitive version it merged: one SELECT per application).
   */
  @Version
  private Long version;

  protected FinancingApplication() {}

  public FinancingApplication(String id, String product, String applicantId, String counterpartyId,
      BigDecimal amount, BigDecimal requestedAmount, String currency, String submittedBy, String processInstanceId) {
    this.id = id;
    this.product = product;
    this.applicantId = applicantId;
    this.counterpartyId = counterpartyId;
    this.amount = amount;
    this.requestedAmount = requestedAmount;
    this.currency = currency;
    this.submittedBy = submittedBy;
    this.processInstanceId = processInstanceId;
    this.status = ApplicationStatus.SUBMITTED;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  void moveTo(ApplicationStatus status, String decision, String reason) {
    this.status = status;
    if (decision != null) {
      this.decision = decision;
    }
    if (reason != null) {
      this.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }
    this.updatedAt = Instant.now();
  }

  void rated(String grade) {
    this.ratingGrade = grade;
  }

  void priced(Pricing pricing) {
    this.advance = pricing.advance();
    this.discountInterest = pricing.discountInterest();
    this.serviceFee = pricing.serviceFee();
    this.netAdvance = pricing.netAdvance();
    this.updatedAt = Instant.now();
  }

  /** What the pricing step computed: the bank's advance, its discount interest and fee, the net paid out. */
  public record Pricing(BigDecimal advance, BigDecimal discountInterest, BigDecimal serviceFee, BigDecimal netAdvance) {}

  /** The pricing recorded for this application, if it was priced. */
  public java.util.Optional<Pricing> getPricing() {
    return advance == null ? java.util.Optional.empty() : java.util.Optional.of(new Pricing(Money.of(advance, currency),
        Money.of(discountInterest, currency), Money.of(serviceFee, currency), Money.of(netAdvance, currency)));
  }

  public String getId() { return id; }
  public String getProduct() { return product; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getApplicantId() { return applicantId; }
  public String getCounterpartyId() { return counterpartyId; }
  public BigDecimal getAmount() { return Money.of(amount, currency); }
  public BigDecimal getRequestedAmount() { return requestedAmount == null ? null : Money.of(requestedAmount, currency); }
  public String getCurrency() { return currency; }
  public ApplicationStatus getStatus() { return status; }
  public String getDecision() { return decision; }
  public String getReason() { return reason; }
  public String getRatingGrade() { return ratingGrade; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
}
