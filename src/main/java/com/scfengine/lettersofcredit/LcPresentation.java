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
import java.util.Arrays;
import java.util.List;

/**
 * Documents presented under a credit, their examination and what the bank did with them: honoured (paid, or accepted
 * and paid at maturity), refused and held, negotiated or forwarded, reimbursed. {@code findings} holds one
 * discrepancy per line, {@code KIND: text}.
 */
@Entity
@Table(name = "lc_presentation")
class LcPresentation {

  enum Status {
    EXAMINING, COMPLYING, DISCREPANT, WAIVED, REFUSED, ACCEPTED, PAID, DISCREPANCIES_ADVISED, NEGOTIATED, FORWARDED,
    REIMBURSED
  }

  @Id
  private String id;
  private String lcId;
  private int number;
  private String presenterReference;
  private String presentingBankBic;
  private LocalDate presentedOn;
  private LocalDate shipmentDate;
  @Column(precision = 19, scale = 4)
  private BigDecimal invoiceAmount;
  private String documents;
  private LocalDate examinationDeadline;
  private LocalDate lastPresentationDate;
  private String findings;
  @Enumerated(EnumType.STRING)
  private Status status;
  @Column(precision = 19, scale = 4)
  private BigDecimal discrepancyFee;
  @Column(precision = 19, scale = 4)
  private BigDecimal paidAmount;
  private LocalDate maturityDate;
  private String settlement;
  private boolean negotiated;
  private Instant createdAt;
  private Instant updatedAt;
  @Version
  private Long version;

  protected LcPresentation() {}

  LcPresentation(String lcId, int number, String presenterReference, String presentingBankBic, LocalDate presentedOn,
      LocalDate shipmentDate, BigDecimal invoiceAmount, String documents, LocalDate examinationDeadline,
      LocalDate lastPresentationDate, Instant now) {
    this.id = lcId + "-P" + number;
    this.lcId = lcId;
    this.number = number;
    this.presenterReference = presenterReference;
    this.presentingBankBic = presentingBankBic;
    this.presentedOn = presentedOn;
    this.shipmentDate = shipmentDate;
    this.invoiceAmount = invoiceAmount;
    this.documents = documents;
    this.examinationDeadline = examinationDeadline;
    this.lastPresentationDate = lastPresentationDate;
    this.status = Status.EXAMINING;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The discrepancies recorded, one per entry. */
  List<String> findingList() {
    return findings == null || findings.isBlank() ? List.of() : Arrays.asList(findings.split("\n"));
  }

  void recordFindings(List<String> found, Instant now) {
    this.findings = found.isEmpty() ? null : String.join("\n", found);
    this.updatedAt = now;
  }

  void moveTo(Status next, Instant now) {
    this.status = next;
    this.updatedAt = now;
  }

  void chargeDiscrepancyFee(BigDecimal fee) {
    this.discrepancyFee = fee;
  }

  void accept(LocalDate maturity, Instant now) {
    this.maturityDate = maturity;
    moveTo(Status.ACCEPTED, now);
  }

  void pay(BigDecimal amount, String how, Instant now) {
    this.paidAmount = amount;
    this.settlement = how;
    moveTo(Status.PAID, now);
  }

  void negotiate(BigDecimal proceeds, Instant now) {
    this.paidAmount = proceeds;
    this.negotiated = true;
    moveTo(Status.NEGOTIATED, now);
  }

  String getId() { return id; }
  String getLcId() { return lcId; }
  int getNumber() { return number; }
  String getPresenterReference() { return presenterReference; }
  String getPresentingBankBic() { return presentingBankBic; }
  LocalDate getPresentedOn() { return presentedOn; }
  LocalDate getShipmentDate() { return shipmentDate; }
  BigDecimal getInvoiceAmount() { return invoiceAmount; }
  String getDocuments() { return documents; }
  LocalDate getExaminationDeadline() { return examinationDeadline; }
  LocalDate getLastPresentationDate() { return lastPresentationDate; }
  String getFindings() { return findings; }
  Status getStatus() { return status; }
  BigDecimal getDiscrepancyFee() { return discrepancyFee; }
  BigDecimal getPaidAmount() { return paidAmount; }
  LocalDate getMaturityDate() { return maturityDate; }
  String getSettlement() { return settlement; }
  boolean isNegotiated() { return negotiated; }
  Instant getCreatedAt() { return createdAt; }
}
