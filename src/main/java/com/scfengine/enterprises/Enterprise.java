package com.scfengine.enterprises;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** An SME, a core enterprise (anchor buyer) or a bank, with its latest rating. */
@Entity
public class Enterprise {

  @Id
  private String id;
  private String name;
  private String country;
  @Enumerated(EnumType.STRING)
  private EnterpriseRole role;
  private String ratingGrade;
  @Column(precision = 9, scale = 6)
  private BigDecimal probabilityOfDefault;
  private Instant ratedAt;
  private Instant createdAt;
  @Version
  private long version;

  protected Enterprise() {}

  public Enterprise(String id, String name, String country, EnterpriseRole role) {
    this.id = id;
    this.name = name;
    this.country = country;
    this.role = role;
    this.createdAt = Instant.now();
  }

  /** Records a rating from the credit port or from the registering officer. */
  public void rate(String grade, BigDecimal probabilityOfDefault) {
    this.ratingGrade = grade;
    this.probabilityOfDefault = probabilityOfDefault;
    this.ratedAt = Instant.now();
  }

  public String getId() { return id; }
  public String getName() { return name; }
  public String getCountry() { return country; }
  public EnterpriseRole getRole() { return role; }
  public String getRatingGrade() { return ratingGrade; }
  public BigDecimal getProbabilityOfDefault() { return probabilityOfDefault; }
  public Instant getRatedAt() { return ratedAt; }
  public Instant getCreatedAt() { return createdAt; }
}
