package com.scfengine.credit;

import com.scfengine.process.BuildingBlock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The credit building block, as the catalogue lists it, and the called process {@code credit-decision}
 * (processes/common/credit-decision.bpmn) that decides credit on its rating.
 */
@Configuration
class CreditBlocks {

  @Bean
  BuildingBlock creditRatingBlock() {
    return CreditRatingDelegate.BLOCK;
  }

  @Bean
  BuildingBlock creditDecisionBlock() {
    return BuildingBlock.calledProcess("credit-decision", "Decides credit by the DMN table credit-authority "
            + "(requestedAmount and ratingGrade): STRAIGHT_THROUGH approves with no person; ANALYST_APPROVER asks a "
            + "credit analyst (credit-review) then an approver (credit-approval); COMMITTEE asks an analyst then two "
            + "different committee members. Every task is guarded by fourEyes.")
        .order(910)
        .reads("all variables", "camunda:in variables=\"all\" and the business key; the forms show the pricing "
            + "figures and limits, so run factoringPricing and limitAvailability first")
        .writes("authority, analystRecommendation, analystComment, approved, decisionComment, deciders",
            "back to the caller with camunda:out variables=\"all\"")
        .writes("status IN_REVIEW, then APPROVED", "the application record")
        .error("CREDIT_DECLINED", "an approver or committee member declined")
        .build();
  }
}
