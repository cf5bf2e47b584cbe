package com.scfengine.supplychainfinance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A supplier on a programme: ONBOARDING while it is screened and reviewed (four eyes), then ACTIVE — its payables
 * may be uploaded and financed — or DECLINED. Paid to {@code payoutAccount}; with {@code autoDiscount} each of its
 * new payables is financed on upload.
 */
@Entity
@Table(name = "programme_supplier")
public class ProgrammeSupplier {

  public enum Status { ONBOARDING, ACTIVE, DECLINED }

  @Id
  private String id;
  private String programmeId;
  private String supplierId;
  private String payoutAccount;
  private boolean autoDiscount;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String reason;
  private Instant createdAt;
  private Instant updatedAt;
  @Version
  private Long version;

  protected ProgrammeSupplier() {}

  ProgrammeSupplier(String programmeId, String supplierId, String payoutAccount, boolean autoDiscount, Instant now) {
    this.id = key(programmeId, supplierId);
    this.programmeId = programmeId;
    this.supplierId = supplierId;
    this.payoutAccount = payoutAccount;
    this.autoDiscount = autoDiscount;
    this.status = Status.ONBOARDING;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The onboarding's business key, and this record's id: {@code PRG-1:SME-001}. */
  static String key(String programmeId, String supplierId) {
    return programmeId + ":" + supplierId;
  }

  void decide(boolean approved, String why, Instant now) {
    this.status = approved ? Status.ACTIVE : Status.DECLINED;
    this.reason = why;
    this.updatedAt = now;
  }

  public String getId() { return id; }
  public String getProgrammeId() { return programmeId; }
  public String getSupplierId() { return supplierId; }
  public String getPayoutAccount() { return payoutAccount; }
  public boolean isAutoDiscount() { return autoDiscount; }
  public Status getStatus() { return status; }
  public String getReason() { return reason; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
}
