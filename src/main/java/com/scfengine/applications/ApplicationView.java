package com.scfengine.applications;

import java.math.BigDecimal;
import java.time.Instant;

/** An application as the API shows it. */
public record ApplicationView(String id, String product, ApplicationStatus status, BigDecimal amount,
    BigDecimal requestedAmount, String currency, String applicantId, String counterpartyId, String decision,
    String reason, String ratingGrade, String submittedBy, String processInstanceId, Instant createdAt,
    Instant updatedAt) {
  public static ApplicationView of(FinancingApplication a) {
    return new ApplicationView(a.getId(), a.getProduct(), a.getStatus(), a.getAmount(), a.getRequestedAmount(),
        a.getCurrency(), a.getApplicantId(), a.getCounterpartyId(), a.getDecision(), a.getReason(),
        a.getRatingGrade(), a.getSubmittedBy(), a.getProcessInstanceId(), a.getCreatedAt(), a.getUpdatedAt());
  }
}

