package com.scfengine.documents;

import com.scfengine.common.AssignedIdEntity;
import com.scfengine.common.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document or name checked for an application, with the result: the audit trail of verification. */
@Entity
@Table(name = "trade_document")
public class TradeDocument extends AssignedIdEntity {
  @Id
  private String id;
  private String applicationId;
  private String kind;
  private String reference;
  private String result;
  private String detail;
  private Instant checkedAt;

  protected TradeDocument() {}

  public TradeDocument(String applicationId, String kind, String reference, String result, String detail) {
    this.id = Ids.next();
    this.applicationId = applicationId;
    this.kind = kind;
    this.reference = reference;
    this.result = result;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    this.checkedAt = Instant.now();
  }

  @Override
  public String getId() { return id; }
  public String getApplicationId() { return applicationId; }
  public String getKind() { return kind; }
  public String getReference() { return reference; }
  public String getResult() { return result; }
  public String getDetail() { return detail; }
  public Instant getCheckedAt() { return checkedAt; }
}
