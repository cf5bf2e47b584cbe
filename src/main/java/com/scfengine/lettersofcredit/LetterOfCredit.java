package com.scfengine.lettersofcredit;

import com.scfengine.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A documentary credit: one the bank issues for an importer (side ISSUING) or one another bank issued that it advises
 * to an exporter and may confirm (side NOMINATED). Its id is its application's id; {@code creditNumber} is field 20.
 * Amendments change it only when the beneficiary accepts them (UCP 600 Art. 10).
 */
@Entity
@Table(name = "letter_of_credit")
class LetterOfCredit {

  /** The bank's role in the credit. */
  enum Side { ISSUING, NOMINATED }

  enum Status { APPLIED, ISSUED, RECEIVED, ADVISED, CONFIRMED, FULLY_DRAWN, EXPIRED, DECLINED }

  @Id
  private String id;
  private String product;
  @Enumerated(EnumType.STRING)
  private Side side;
  private String creditNumber;
  private String issuingBankBic;
  private String advisingBankBic;
  private String applicantId;
  private String applicant;
  private String beneficiary;
  private String beneficiaryCountry;
  private String beneficiaryAccount;
  private String currency;
  @Column(precision = 19, scale = 4)
  private BigDecimal amount;
  private int tolerancePlus;
  private int toleranceMinus;
  private LocalDate issueDate;
  private LocalDate expiryDate;
  private String expiryPlace;
  private LocalDate latestShipmentDate;
  private int presentationDays;
  @Enumerated(EnumType.STRING)
  private LcTerms.AvailableBy availableBy;
  private Integer tenorDays;
  @Enumerated(EnumType.STRING)
  private LcTerms.Shipments partialShipments;
  @Enumerated(EnumType.STRING)
  private LcTerms.Shipments transhipment;
  private String portOfLoading;
  private String portOfDischarge;
  private String goods;
  private String documentsRequired;
  private String additionalConditions;
  @Enumerated(EnumType.STRING)
  private LcTerms.Confirmation confirmation;
  @Column(precision = 19, scale = 4)
  private BigDecimal cashMargin;
  @Column(precision = 19, scale = 4)
  private BigDecimal drawn;
  private boolean confirmed;
  @Enumerated(EnumType.STRING)
  private Status status;
  private Instant createdAt;
  private Instant updatedAt;
  @Version
  private Long version;

  protected LetterOfCredit() {}

  LetterOfCredit(String id, String product, Side side, LcTerms.Checked terms, String issuingBankBic,
      String applicantId, String applicant, BigDecimal cashMargin, Instant now) {
    this.id = id;
    this.product = product;
    this.side = side;
    this.creditNumber = terms.creditNumber();
    this.issuingBankBic = issuingBankBic;
    this.advisingBankBic = terms.advisingBankBic();
    this.applicantId = applicantId;
    this.applicant = applicant;
    this.beneficiary = terms.beneficiaryAddress() == null ? terms.beneficiaryName()
        : terms.beneficiaryName() + "\n" + terms.beneficiaryAddress();
    this.beneficiaryCountry = terms.beneficiaryCountry();
    this.beneficiaryAccount = terms.beneficiaryAccount();
    this.currency = terms.currency();
    this.amount = terms.amount();
    this.tolerancePlus = terms.tolerancePlus();
    this.toleranceMinus = terms.toleranceMinus();
    this.expiryDate = terms.expiryDate();
    this.expiryPlace = terms.expiryPlace();
    this.latestShipmentDate = terms.latestShipmentDate();
    this.presentationDays = terms.presentationDays();
    this.availableBy = terms.availableBy();
    this.tenorDays = terms.tenorDays();
    this.partialShipments = terms.partialShipments();
    this.transhipment = terms.transhipment();
    this.portOfLoading = terms.portOfLoading();
    this.portOfDischarge = terms.portOfDischarge();
    this.goods = terms.goods();
    this.documentsRequired = terms.documentsRequired();
    this.additionalConditions = terms.additionalConditions();
    this.confirmation = terms.confirmation();
    this.cashMargin = cashMargin;
    this.drawn = Money.of(BigDecimal.ZERO, terms.currency());
    this.status = side == Side.ISSUING ? Status.APPLIED : Status.RECEIVED;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The most that may be drawn: the amount plus the positive tolerance (UCP 600 Art. 30). */
  BigDecimal maximum() {
    return Money.of(amount.multiply(BigDecimal.valueOf(100L + tolerancePlus))
        .divide(BigDecimal.valueOf(100), Money.scale(currency), RoundingMode.HALF_UP), currency);
  }

  /** What is left to draw. */
  BigDecimal available() {
    return Money.of(maximum().subtract(drawn).max(BigDecimal.ZERO), currency);
  }

  void issue(LocalDate on, Instant now) {
    this.issueDate = on;
    moveTo(Status.ISSUED, now);
  }

  void receive(LocalDate issuedOn) {
    this.issueDate = issuedOn;
  }

  void moveTo(Status next, Instant now) {
    this.status = next;
    this.updatedAt = now;
  }

  void confirm(Instant now) {
    this.confirmed = true;
    moveTo(Status.CONFIRMED, now);
  }

  /** A payment under the credit reduces what is available; true when nothing is left. */
  boolean draw(BigDecimal paid, Instant now) {
    this.drawn = Money.of(drawn.add(paid), currency);
    this.updatedAt = now;
    return available().signum() == 0;
  }

  /** An accepted amendment changes the credit (UCP 600 Art. 10(b)). */
  void amend(LcAmendment amendment, Instant now) {
    if (amendment.getAmountIncrease() != null) {
      amount = Money.of(amount.add(amendment.getAmountIncrease()), currency);
    }
    if (amendment.getAmountDecrease() != null) {
      amount = Money.of(amount.subtract(amendment.getAmountDecrease()), currency);
    }
    if (amendment.getNewExpiryDate() != null) {
      expiryDate = amendment.getNewExpiryDate();
    }
    if (amendment.getNewLatestShipmentDate() != null) {
      latestShipmentDate = amendment.getNewLatestShipmentDate();
    }
    updatedAt = now;
  }

  String getId() { return id; }
  String getProduct() { return product; }
  Side getSide() { return side; }
  String getCreditNumber() { return creditNumber; }
  String getIssuingBankBic() { return issuingBankBic; }
  String getAdvisingBankBic() { return advisingBankBic; }
  String getApplicantId() { return applicantId; }
  String getApplicant() { return applicant; }
  String getBeneficiary() { return beneficiary; }
  String getBeneficiaryCountry() { return beneficiaryCountry; }
  String getBeneficiaryAccount() { return beneficiaryAccount; }
  String getCurrency() { return currency; }
  BigDecimal getAmount() { return amount; }
  int getTolerancePlus() { return tolerancePlus; }
  int getToleranceMinus() { return toleranceMinus; }
  LocalDate getIssueDate() { return issueDate; }
  LocalDate getExpiryDate() { return expiryDate; }
  String getExpiryPlace() { return expiryPlace; }
  LocalDate getLatestShipmentDate() { return latestShipmentDate; }
  int getPresentationDays() { return presentationDays; }
  LcTerms.AvailableBy getAvailableBy() { return availableBy; }
  Integer getTenorDays() { return tenorDays; }
  LcTerms.Shipments getPartialShipments() { return partialShipments; }
  LcTerms.Shipments getTranshipment() { return transhipment; }
  String getPortOfLoading() { return portOfLoading; }
  String getPortOfDischarge() { return portOfDischarge; }
  String getGoods() { return goods; }
  String getDocumentsRequired() { return documentsRequired; }
  String getAdditionalConditions() { return additionalConditions; }
  LcTerms.Confirmation getConfirmation() { return confirmation; }
  BigDecimal getCashMargin() { return cashMargin; }
  BigDecimal getDrawn() { return drawn; }
  boolean isConfirmed() { return confirmed; }
  Status getStatus() { return status; }
  Instant getCreatedAt() { return createdAt; }
  Instant getUpdatedAt() { return updatedAt; }
}
