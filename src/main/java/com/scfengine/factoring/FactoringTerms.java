package com.scfengine.factoring;

import com.scfengine.process.CopiedTerms;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a factoring application carries beside the shared terms and passes, unchanged, to its called processes. */
@Configuration
class FactoringTerms {

  @Bean
  CopiedTerms factoringCopiedTerms() {
    return new CopiedTerms(List.of(FactoringBody.RECOURSE, FactoringBody.BUYER_DEBIT_MANDATE, "advanceRate",
        "discountRate", "discountDays", "serviceFeeRate", "reserve"));
  }
}
