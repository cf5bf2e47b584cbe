package com.scfengine.limits;

import com.scfengine.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A credit facility: a limit in one currency on one enterprise's risk. {@code utilised} only moves
 * through {@link Limits}' atomic updates, never through this entity.
 */
@Entity
@jakarta.persistence.Table(name = "credit_facility")
public class CreditFacility {

  @Id
  private String id;
  private String enterpriseId;
  @Enumerated(EnumType.STRING)
  private FacilityKind kind;
  private String product;
  private String counterpartyId;
  private String country;
  private String currency;
  @Column(name = "limit_amount", precision = 19, scale = 4)
  private BigDecimal limit;
  @Column(precision = 19, scale = 4, updatable = false)
  private BigDecimal utilised;
  private LocalDate expiry;
  private Instant createdAt;
  @Version
  private long version;

  protected CreditFacility() {}

  public CreditFacility(String id, String enterpriseId, FacilityKind kind, String product, String counterpartyId,
      String country, String currency, BigDecimal limit, LocalDate expiry) {
    this.id = id;
    this.enterpriseId = enterpriseId;
    this.kind = kind;
    this.product = product;
    this.counterpartyId = counterpartyId;
    this.country = country;
    this.currency = currency;
    this.limit = limit;
    this.utilised = BigDecimal.ZERO;
    this.expiry = expiry;
    this.createdAt = Instant.now();
  }

  public String getId() { return id; }
  public String getEnterpriseId() { return enterpriseId; }
  public FacilityKind getKind() { return kind; }
  public String getProduct() { return product; }
  public String getCounterpartyId() { return counterpartyId; }
  public String getCountry() { return country; }
  public String getCurrency() { return currency; }
  public LocalDate getExpiry() { return expiry; }
  public Instant getCreatedAt() { return createdAt; }

  public BigDecimal getLimit() {
    return Money.of(limit, currency);
  }

  public BigDecimal getUtilised() {
    return Money.of(utilised, currency);
  }

  public BigDecimal getAvailable() {
    return Money.of(limit.subtract(utilised), currency);
  }

  public boolean isExpiredOn(LocalDate day) {
    return expiry.isBefore(day);
  }
}
