package com.scfengine.factoring;

import com.scfengine.process.BuildingBlock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Factoring's building block, as the catalogue lists it. */
@Configuration
class FactoringBlocks {

  @Bean
  BuildingBlock factoringPricingBlock() {
    return FactoringPricingDelegate.BLOCK;
  }
}
