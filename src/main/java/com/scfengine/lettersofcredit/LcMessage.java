package com.scfengine.lettersofcredit;

import com.scfengine.common.AssignedIdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A SWIFT message a credit sent or received, as FIN text. Its id names the credit, the message type, what it is
 * about and its part ({@code APP-1:700:ISSUE:1}), so a retried step stores it once.
 */
@Entity
@Table(name = "lc_message")
class LcMessage extends AssignedIdEntity {

  enum Direction { IN, OUT }

  @Id
  private String id;
  private String lcId;
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Direction direction;
  private String messageType;
  private String subject;
  private String fin;
  private Instant createdAt;

  protected LcMessage() {}

  LcMessage(String lcId, Direction direction, String messageType, String subject, int part, String fin, Instant now) {
    this.id = lcId + ":" + messageType + ":" + subject + ":" + part;
    this.lcId = lcId;
    this.direction = direction;
    this.messageType = messageType;
    this.subject = subject;
    this.fin = fin;
    this.createdAt = now;
  }

  @Override
  public String getId() { return id; }
  String getLcId() { return lcId; }
  Direction getDirection() { return direction; }
  String getMessageType() { return messageType; }
  String getSubject() { return subject; }
  String getFin() { return fin; }
  Instant getCreatedAt() { return createdAt; }
}
