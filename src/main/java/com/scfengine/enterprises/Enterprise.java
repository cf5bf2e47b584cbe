package com.scfengine.enterprises;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An SME, a core enterprise (anchor buyer) or a bank, with its latest rating. The rating is written when the
 * enterprise is registered and afterwards only by {@link Enterprises#recordRating}'s conditional update, never by
 * rewriting this entity: many applications of one party are rated at once.
 */
@Entity
public class Enterprise {

  @Id
  private String id;
  private String name;
  private String country;
  private String bic;
  @Enumerated(EnumType.STRING)
  private EnterpriseRole role;
  @Column(updatable = false)
  private String ratingGrade;
  @Column(precision = 9, scale = 6, updatable = false)
  private BigDecimal probabilityOfDefault;
  @Column(updatable = false)
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

  /** A bank's SWIFT address (BIC), by which its messages name it. */
  void identifyBy(String bic) {
    this.bic = bic;
  }

  /** The rating the registering officer gives a new enterprise. */
  void rate(String grade, BigDecimal probabilityOfDefault) {
    this.ratingGrade = grade;
    this.probabilityOfDefault = probabilityOfDefault;
    this.ratedAt = Instant.now();
  }

  public String getId() { return id; }
  public String getName() { return name; }
  public String getCountry() { return country; }
  /** A bank's BIC; none for other enterprises. */
  public String getBic() { return bic; }
  public EnterpriseRole getRole() { return role; }
  public String getRatingGrade() { return ratingGrade; }
  public BigDecimal getProbabilityOfDefault() { return probabilityOfDefault; }
  public Instant getRatedAt() { return ratedAt; }
  public Instant getCreatedAt() { return createdAt; }

  /** Whether the enterprise holds this rating already. */
  boolean isRated(String grade, BigDecimal pd) {
    return grade.equals(ratingGrade) && (pd == null ? probabilityOfDefault == null
        : probabilityOfDefault != null && pd.compareTo(probabilityOfDefault) == 0);
  }
}
