package com.scfengine.financing;

import com.scfengine.process.BuildingBlock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The money building blocks, as the catalogue lists them, and the called process {@code collection}
 * (processes/common/collection.bpmn) that composes them.
 */
@Configuration
class FinancingBlocks {

  @Bean
  BuildingBlock disbursementBlock() {
    return DisbursementDelegate.BLOCK;
  }

  @Bean
  BuildingBlock collectPaymentBlock() {
    return CollectPaymentDelegate.BLOCK;
  }

  @Bean
  BuildingBlock recourseDebitBlock() {
    return RecourseDebitDelegate.BLOCK;
  }

  @Bean
  BuildingBlock buyerClaimBlock() {
    return BuyerClaimDelegate.BLOCK;
  }

  @Bean
  BuildingBlock collectionBlock() {
    return BuildingBlock.calledProcess("collection", "Waits for the counterparty's payment (message "
            + "PaymentReceived, POST /api/applications/{id}/payments) until the due date, debits it when it gave a "
            + "mandate, waits the grace period, then marks OVERDUE and opens a dunning task (trade-operations); at "
            + "last recourseDebit or buyerClaim.")
        .order(920)
        .reads("all variables", "camunda:in variables=\"all\" and the business key; paymentDueAt, overdueAt, "
            + "buyerDebitMandate and recourse decide the path")
        .writes("status SETTLED or OVERDUE", "the application record")
        .build();
  }
}
