package com.scfengine.pofinance;

import com.scfengine.process.BuildingBlock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Purchase-order finance's building blocks, as the catalogue lists them. */
@Configuration
class PoFinanceBlocks {

  @Bean
  BuildingBlock settlePurchaseOrderLoanBlock() {
    return SettlePurchaseOrderLoanDelegate.BLOCK;
  }

  @Bean
  BuildingBlock repayFromInvoiceBlock() {
    return RepayFromInvoiceDelegate.BLOCK;
  }
}
