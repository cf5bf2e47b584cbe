package com.scfengine.supplychainfinance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payables programme: a core enterprise lends its credit standing to its suppliers. Its limit is the core
 * enterprise's PROGRAMME facility ({@code facilityId}); its payables are due within {@code maxTenorDays} of their
 * issue and never after the programme's expiry. With {@code autoDiscount} every supplier's new payables are financed
 * on upload; as {@code payingAgent} the bank pays the payables nobody financed to their suppliers at their due date,
 * on the core enterprise's behalf.
 */
@Entity
@Table(name = "programme")
public class Programme {

  @Id
  private String id;
  private String name;
  private String coreEnterpriseId;
  private String currency;
  @Column(name = "limit_amount", precision = 19, scale = 4)
  private BigDecimal limit;
  private LocalDate expiry;
  private int maxTenorDays;
  @Column(precision = 9, scale = 6)
  private BigDecimal baseRate;
  private boolean autoDiscount;
  private boolean payingAgent;
  private String facilityId;
  private Instant createdAt;
  @Version
  private Long version;

  protected Programme() {}

  Programme(String id, String name, String coreEnterpriseId, String currency, BigDecimal limit, LocalDate expiry,
      int maxTenorDays, BigDecimal baseRate, boolean autoDiscount, boolean payingAgent, String facilityId,
      Instant now) {
    this.id = id;
    this.name = name;
    this.coreEnterpriseId = coreEnterpriseId;
    this.currency = currency;
    this.limit = limit;
    this.expiry = expiry;
    this.maxTenorDays = maxTenorDays;
    this.baseRate = baseRate;
    this.autoDiscount = autoDiscount;
    this.payingAgent = payingAgent;
    this.facilityId = facilityId;
    this.createdAt = now;
  }

  /** Whether the programme still finances on {@code day}. */
  public boolean isLiveOn(LocalDate day) {
    return !day.isAfter(expiry);
  }

  public String getId() { return id; }
  public String getName() { return name; }
  public String getCoreEnterpriseId() { return coreEnterpriseId; }
  public String getCurrency() { return currency; }
  public BigDecimal getLimit() { return limit; }
  public LocalDate getExpiry() { return expiry; }
  public int getMaxTenorDays() { return maxTenorDays; }
  public BigDecimal getBaseRate() { return baseRate; }
  public boolean isAutoDiscount() { return autoDiscount; }
  public boolean isPayingAgent() { return payingAgent; }
  public String getFacilityId() { return facilityId; }
  public Instant getCreatedAt() { return createdAt; }
}
