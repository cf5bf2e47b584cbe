package com.scfengine.lettersofcredit;

import com.scfengine.process.BuildingBlock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The letters-of-credit building blocks, as the catalogue lists them. */
@Configuration
class LcBlocks {

  @Bean
  BuildingBlock lcTermsBlock() {
    return LcTermsDelegate.BLOCK;
  }

  @Bean
  BuildingBlock openCreditBlock() {
    return OpenCreditDelegate.BLOCK;
  }

  @Bean
  BuildingBlock reserveLcLimitBlock() {
    return ReserveLcLimitDelegate.BLOCK;
  }

  @Bean
  BuildingBlock blockCashMarginBlock() {
    return BlockCashMarginDelegate.BLOCK;
  }

  @Bean
  BuildingBlock issueCreditBlock() {
    return IssueCreditDelegate.BLOCK;
  }

  @Bean
  BuildingBlock declineAmendmentBlock() {
    return DeclineAmendmentDelegate.BLOCK;
  }

  @Bean
  BuildingBlock reserveAmendmentBlock() {
    return ReserveAmendmentDelegate.BLOCK;
  }

  @Bean
  BuildingBlock sendAmendmentBlock() {
    return SendAmendmentDelegate.BLOCK;
  }

  @Bean
  BuildingBlock applyAmendmentBlock() {
    return ApplyAmendmentDelegate.BLOCK;
  }

  @Bean
  BuildingBlock closeCreditBlock() {
    return CloseCreditDelegate.BLOCK;
  }

  @Bean
  BuildingBlock examineDocumentsBlock() {
    return ExamineDocumentsDelegate.BLOCK;
  }

  @Bean
  BuildingBlock recordExaminationBlock() {
    return RecordExaminationDelegate.BLOCK;
  }

  @Bean
  BuildingBlock recordWaiverBlock() {
    return RecordWaiverDelegate.BLOCK;
  }

  @Bean
  BuildingBlock sendRefusalBlock() {
    return SendRefusalDelegate.BLOCK;
  }

  @Bean
  BuildingBlock adviseDiscrepanciesBlock() {
    return AdviseDiscrepanciesDelegate.BLOCK;
  }

  @Bean
  BuildingBlock acceptDraftsBlock() {
    return AcceptDraftsDelegate.BLOCK;
  }

  @Bean
  BuildingBlock settlePresentationBlock() {
    return SettlePresentationDelegate.BLOCK;
  }

  @Bean
  BuildingBlock negotiatePresentationBlock() {
    return NegotiatePresentationDelegate.BLOCK;
  }

  @Bean
  BuildingBlock settleReimbursementBlock() {
    return SettleReimbursementDelegate.BLOCK;
  }

  @Bean
  BuildingBlock adviseCreditBlock() {
    return AdviseCreditDelegate.BLOCK;
  }

  @Bean
  BuildingBlock confirmationChecksBlock() {
    return ConfirmationChecksDelegate.BLOCK;
  }

  @Bean
  BuildingBlock reserveConfirmationLimitsBlock() {
    return ReserveConfirmationLimitsDelegate.BLOCK;
  }

  @Bean
  BuildingBlock declineConfirmationBlock() {
    return DeclineConfirmationDelegate.BLOCK;
  }

  @Bean
  BuildingBlock confirmCreditBlock() {
    return ConfirmCreditDelegate.BLOCK;
  }
}
