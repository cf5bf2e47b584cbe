package com.scfengine.supplychainfinance;

import com.scfengine.common.AssignedIdEntity;
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
 * An approved payable of a core enterprise to a supplier on its programme: the core enterprise's irrevocable
 * undertaking to pay {@code amount} at {@code dueDate}. OPEN until the supplier asks for early payment (FINANCING,
 * with its application), FINANCED once the supplier is paid, PAID when the core enterprise paid at its due date,
 * OVERDUE when it did not.
 */
@Entity
@Table(name = "payable")
public class Payable extends AssignedIdEntity {

  public enum Status { OPEN, FINANCING, FINANCED, PAID, OVERDUE }

  @Id
  private String id;
  private String programmeId;
  private String supplierId;
  private String invoiceNumber;
  private String poReference;
  @Column(precision = 19, scale = 4)
  private BigDecimal amount;
  private String currency;
  private LocalDate issueDate;
  private LocalDate dueDate;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String applicationId;
  @Column(precision = 19, scale = 4)
  private BigDecimal discount;
  @Column(precision = 19, scale = 4)
  private BigDecimal paidToSupplier;
  private String uploadId;
  private Instant createdAt;
  private Instant updatedAt;
  @Version
  private Long version;

  protected Payable() {}

  Payable(String id, String programmeId, String supplierId, String invoiceNumber, String poReference,
      BigDecimal amount, String currency, LocalDate issueDate, LocalDate dueDate, String uploadId, Instant now) {
    this.poReference = poReference;
    this.id = id;
    this.programmeId = programmeId;
    this.supplierId = supplierId;
    this.invoiceNumber = invoiceNumber;
    this.amount = amount;
    this.currency = currency;
    this.issueDate = issueDate;
    this.dueDate = dueDate;
    this.status = Status.OPEN;
    this.uploadId = uploadId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void finance(String application, Instant now) {
    this.applicationId = application;
    moveTo(Status.FINANCING, now);
  }

  void financed(BigDecimal discount, BigDecimal paid, Instant now) {
    this.discount = discount;
    this.paidToSupplier = paid;
    moveTo(Status.FINANCED, now);
  }

  /** Back to OPEN: its financing was refused, so the supplier may ask again later. */
  void reopen(Instant now) {
    this.applicationId = null;
    moveTo(Status.OPEN, now);
  }

  void moveTo(Status next, Instant now) {
    this.status = next;
    this.updatedAt = now;
  }

  @Override
  public String getId() { return id; }
  public String getProgrammeId() { return programmeId; }
  public String getSupplierId() { return supplierId; }
  public String getInvoiceNumber() { return invoiceNumber; }
  /** The purchase order the invoice comes from, when the bank financed it: its loan is repaid first. */
  public String getPoReference() { return poReference; }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public LocalDate getIssueDate() { return issueDate; }
  public LocalDate getDueDate() { return dueDate; }
  public Status getStatus() { return status; }
  public String getApplicationId() { return applicationId; }
  public BigDecimal getDiscount() { return discount; }
  public BigDecimal getPaidToSupplier() { return paidToSupplier; }
  public String getUploadId() { return uploadId; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
}
