package com.scfengine.limits;

import com.scfengine.process.BuildingBlock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limit building blocks, as the catalogue lists them. */
@Configuration
class LimitBlocks {

  @Bean
  BuildingBlock limitAvailabilityBlock() {
    return LimitAvailabilityDelegate.BLOCK;
  }

  @Bean
  BuildingBlock reserveLimitsBlock() {
    return ReserveLimitsDelegate.BLOCK;
  }
}
