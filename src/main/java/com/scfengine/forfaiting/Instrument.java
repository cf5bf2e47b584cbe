package com.scfengine.forfaiting;

import com.scfengine.common.AssignedIdEntity;
import com.scfengine.common.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One instrument a forfaiting deal buys, its price and what became of it at maturity. */
@Entity
@Table(name = "forfaiting_instrument")
class Instrument extends AssignedIdEntity {

  /** Bill of exchange, promissory note, or a deferred-payment claim under a letter of credit. */
  enum Kind { BILL_OF_EXCHANGE, PROMISSORY_NOTE, DEFERRED_PAYMENT_CLAIM }

  /** Held until maturity, then paid by the guarantor or dishonoured. */
  enum State { HELD, PAID, DISHONOURED }

  @Id
  private String id;
  private String applicationId;
  private int position;
  private String number;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  @Column(precision = 19, scale = 4)
  private BigDecimal faceAmount;
  private String currency;
  private LocalDate issueDate;
  private LocalDate maturityDate;
  private Integer discountDays;
  @Column(precision = 19, scale = 4)
  private BigDecimal discount;
  @Column(precision = 19, scale = 4)
  private BigDecimal proceeds;
  @Enumerated(EnumType.STRING)
  private State state;
  private Instant settledAt;

  protected Instrument() {}

  Instrument(String applicationId, int position, InstrumentLines.Line line, String currency) {
    this.id = Ids.next();
    this.applicationId = applicationId;
    this.position = position;
    this.number = line.number();
    this.kind = line.kind();
    this.faceAmount = line.faceAmount();
    this.currency = currency;
    this.issueDate = line.issueDate();
    this.maturityDate = line.maturityDate();
    this.state = State.HELD;
  }

  void priced(int discountDays, BigDecimal discount, BigDecimal proceeds) {
    this.discountDays = discountDays;
    this.discount = discount;
    this.proceeds = proceeds;
  }

  void settled(State outcome, Instant at) {
    this.state = outcome;
    this.settledAt = at;
  }

  @Override
  public String getId() { return id; }
  String getApplicationId() { return applicationId; }
  int getPosition() { return position; }
  String getNumber() { return number; }
  Kind getKind() { return kind; }
  BigDecimal getFaceAmount() { return faceAmount; }
  String getCurrency() { return currency; }
  LocalDate getIssueDate() { return issueDate; }
  LocalDate getMaturityDate() { return maturityDate; }
  Integer getDiscountDays() { return discountDays; }
  BigDecimal getDiscount() { return discount; }
  BigDecimal getProceeds() { return proceeds; }
  State getState() { return state; }
}
