package com.scfengine.lettersofcredit;

import com.scfengine.applications.ApplicationDetails;
import com.scfengine.process.CopiedTerms;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a letter of credit passes, unchanged, to its called processes, and what its application's view shows. */
@Configuration
class LcProducts {

  @Bean
  CopiedTerms letterOfCreditCopiedTerms() {
    return new CopiedTerms(List.of(LcTerms.CREDIT_NUMBER, LcTerms.BENEFICIARY_NAME, LcTerms.BENEFICIARY_COUNTRY,
        LcTerms.EXPIRY_DATE, LcTerms.AVAILABLE_BY, LcTerms.TENOR_DAYS, LcTerms.CASH_MARGIN_PERCENT, "cashMargin",
        "exposure", LcTerms.CONFIRMATION, LcTerms.SIDE, LcTerms.ISSUING_BANK_BIC, "issuingBankName", "guarantorName",
        "guarantorCountry", "guarantorRating", "bankLimitAvailable", "countryLimitAvailable", "presentationId"));
  }

  @Bean
  ApplicationDetails importCreditDetails(LetterOfCreditController views) {
    return details(ImportLcBody.PRODUCT, views);
  }

  @Bean
  ApplicationDetails exportCreditDetails(LetterOfCreditController views) {
    return details(IncomingCredits.PRODUCT, views);
  }

  private static ApplicationDetails details(String product, LetterOfCreditController views) {
    return new ApplicationDetails() {
      @Override
      public String product() {
        return product;
      }

      @Override
      public String name() {
        return "letterOfCredit";
      }

      @Override
      public Object of(String applicationId) {
        return views.find(applicationId);
      }
    };
  }
}
