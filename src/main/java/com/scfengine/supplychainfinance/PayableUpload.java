package com.scfengine.supplychainfinance;

import com.scfengine.common.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One accepted upload of payables, recognised by its content's hash: the same file again answers with this one. */
@Entity
@Table(name = "payable_upload")
public class PayableUpload extends AssignedIdEntity {

  @Id
  private String id;
  private String programmeId;
  private String contentHash;
  @Column(name = "line_count")
  private int count;
  @Column(precision = 19, scale = 4)
  private BigDecimal totalAmount;
  private String uploadedBy;
  private Instant createdAt;

  protected PayableUpload() {}

  PayableUpload(String id, String programmeId, String contentHash, int count, BigDecimal totalAmount,
      String uploadedBy, Instant now) {
    this.id = id;
    this.programmeId = programmeId;
    this.contentHash = contentHash;
    this.count = count;
    this.totalAmount = totalAmount;
    this.uploadedBy = uploadedBy;
    this.createdAt = now;
  }

  @Override
  public String getId() { return id; }
  public String getProgrammeId() { return programmeId; }
  public String getContentHash() { return contentHash; }
  public int getCount() { return count; }
  public BigDecimal getTotalAmount() { return totalAmount; }
  public String getUploadedBy() { return uploadedBy; }
  public Instant getCreatedAt() { return createdAt; }
}
