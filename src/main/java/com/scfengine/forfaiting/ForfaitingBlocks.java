package com.scfengine.forfaiting;

import com.scfengine.process.BuildingBlock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The forfaiting building blocks, as the catalogue lists them. */
@Configuration
class ForfaitingBlocks {

  @Bean
  BuildingBlock dealTermsBlock() {
    return DealTermsDelegate.BLOCK;
  }

  @Bean
  BuildingBlock registerInstrumentsBlock() {
    return RegisterInstrumentsDelegate.BLOCK;
  }

  @Bean
  BuildingBlock guarantorChecksBlock() {
    return GuarantorChecksDelegate.BLOCK;
  }

  @Bean
  BuildingBlock reserveGuarantorLimitsBlock() {
    return ReserveGuarantorLimitsDelegate.BLOCK;
  }

  @Bean
  BuildingBlock forfaitingPricingBlock() {
    return ForfaitingPricingDelegate.BLOCK;
  }

  @Bean
  BuildingBlock instrumentMaturityBlock() {
    return InstrumentMaturityDelegate.BLOCK;
  }

  @Bean
  BuildingBlock presentInstrumentBlock() {
    return PresentInstrumentDelegate.BLOCK;
  }

  @Bean
  BuildingBlock dishonourInstrumentBlock() {
    return DishonourInstrumentDelegate.BLOCK;
  }

  @Bean
  BuildingBlock fraudRecourseBlock() {
    return FraudRecourseDelegate.BLOCK;
  }
}
