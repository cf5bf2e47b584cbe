package com.scfengine.supplychainfinance;

import com.scfengine.process.BuildingBlock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The supply-chain finance building blocks, as the catalogue lists them: reverse factoring
 * (processes/supply-chain/reverse-factoring.bpmn), supplier onboarding and the paying agent at maturity.
 */
@Configuration
class ScfBlocks {

  @Bean
  BuildingBlock checkProgrammeBlock() {
    return CheckProgrammeDelegate.BLOCK;
  }

  @Bean
  BuildingBlock reverseFactoringPricingBlock() {
    return ReverseFactoringPricingDelegate.BLOCK;
  }

  @Bean
  BuildingBlock reserveProgrammeLimitBlock() {
    return ReserveProgrammeLimitDelegate.BLOCK;
  }

  @Bean
  BuildingBlock payableFinancedBlock() {
    return PayableFinancedDelegate.BLOCK;
  }

  @Bean
  BuildingBlock collectFromCoreEnterpriseBlock() {
    return CollectFromCoreEnterpriseDelegate.BLOCK;
  }

  @Bean
  BuildingBlock payableOverdueBlock() {
    return PayableOverdueDelegate.BLOCK;
  }

  @Bean
  BuildingBlock reopenPayableBlock() {
    return ReopenPayableDelegate.BLOCK;
  }

  @Bean
  BuildingBlock decideSupplierBlock() {
    return DecideSupplierDelegate.BLOCK;
  }

  @Bean
  BuildingBlock payDueUnfinancedBlock() {
    return PayDueUnfinancedDelegate.BLOCK;
  }
}
