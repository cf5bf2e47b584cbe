package com.scfengine.registry;

import jakarta.persistence.Column;
import com.scfengine.common.AssignedIdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A receivable or instrument in the registry of everything financed. */
@Entity
public class Receivable extends AssignedIdEntity {

  @Id
  private String id;
  @Enumerated(EnumType.STRING)
  private ReceivableKind kind;
  private String sellerId;
  private String buyerId;
  private String number;
  private String normalisedKey;
  private String activeKey;
  private String fingerprint;
  @Column(precision = 19, scale = 4)
  private BigDecimal amount;
  private String currency;
  private LocalDate issueDate;
  private LocalDate dueDate;
  private String declarationId;
  @Column(precision = 19, scale = 4)
  private BigDecimal declarationAmount;
  private String applicationId;
  @Enumerated(EnumType.STRING)
  private ReceivableState state;
  private String nearDuplicateOf;
  private Instant registeredAt;
  private Instant updatedAt;

  protected Receivable() {}

  Receivable(String id, ReceivableKind kind, String sellerId, String buyerId, String number, String normalisedKey,
      String fingerprint, BigDecimal amount, String currency, LocalDate issueDate, LocalDate dueDate,
      String applicationId, String nearDuplicateOf) {
    this.id = id;
    this.kind = kind;
    this.sellerId = sellerId;
    this.buyerId = buyerId;
    this.number = number;
    this.normalisedKey = normalisedKey;
    this.activeKey = normalisedKey;
    this.fingerprint = fingerprint;
    this.amount = amount;
    this.currency = currency;
    this.issueDate = issueDate;
    this.dueDate = dueDate;
    this.applicationId = applicationId;
    this.nearDuplicateOf = nearDuplicateOf;
    this.state = ReceivableState.PENDING;
    this.registeredAt = Instant.now();
    this.updatedAt = registeredAt;
  }

  void settled() {
    move(ReceivableState.SETTLED);
  }

  /** Frees the key: the receivable may be offered again. */
  void released() {
    move(ReceivableState.RELEASED);
    this.activeKey = null;
  }

  void chargedTo(String declarationId, BigDecimal amount) {
    this.declarationId = declarationId;
    this.declarationAmount = amount;
  }

  private void move(ReceivableState to) {
    this.state = to;
    this.updatedAt = Instant.now();
  }

  @Override
  public String getId() { return id; }
  public ReceivableKind getKind() { return kind; }
  public String getSellerId() { return sellerId; }
  public String getBuyerId() { return buyerId; }
  public String getNumber() { return number; }
  public String getNormalisedKey() { return normalisedKey; }
  public String getFingerprint() { return fingerprint; }
  /** The one-way fingerprint of seller, buyer and number, for the external registry (derived from the key). */
  public String getNumberFingerprint() { return ReceivableKeys.numberFingerprint(normalisedKey); }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public LocalDate getIssueDate() { return issueDate; }
  public LocalDate getDueDate() { return dueDate; }
  public String getDeclarationId() { return declarationId; }
  public BigDecimal getDeclarationAmount() { return declarationAmount; }
  public String getApplicationId() { return applicationId; }
  public ReceivableState getState() { return state; }
  public String getNearDuplicateOf() { return nearDuplicateOf; }
}
