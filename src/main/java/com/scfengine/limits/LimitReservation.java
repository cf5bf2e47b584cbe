package com.scfengine.limits;

import jakarta.persistence.Column;
import com.scfengine.common.AssignedIdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** An amount of one facility held or drawn for one application. */
@Entity
@jakarta.persistence.Table(name = "limit_reservation")
public class LimitReservation extends AssignedIdEntity {

  @Id
  private String id;
  private String facilityId;
  private String applicationId;
  @Column(precision = 19, scale = 4)
  private BigDecimal amount;
  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private ReservationState state;
  private Instant createdAt;
  @Column(updatable = false)
  private Instant updatedAt;

  protected LimitReservation() {}

  @Override
  public String getId() { return id; }
  public String getFacilityId() { return facilityId; }
  public String getApplicationId() { return applicationId; }
  public BigDecimal getAmount() { return amount; }
  public ReservationState getState() { return state; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
}
