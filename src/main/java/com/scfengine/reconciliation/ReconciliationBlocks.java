package com.scfengine.reconciliation;

import com.scfengine.process.BuildingBlock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The building block of reconciliation, as the catalogue lists it. */
@Configuration
class ReconciliationBlocks {

  @Bean
  BuildingBlock reconcileBlock() {
    return ReconcileDelegate.BLOCK;
  }
}
