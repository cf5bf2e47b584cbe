package com.scfengine.forfaiting;

import com.scfengine.applications.ApplicationDetails;
import com.scfengine.process.CopiedTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a forfaiting deal passes, unchanged, to its called processes, and what its view shows beside the terms. */
@Configuration
class ForfaitingTerms {

  /** One instrument as {@code GET /api/applications/{id}} shows it. */
  record InstrumentView(String number, String kind, BigDecimal faceAmount, LocalDate maturityDate, Integer discountDays,
      BigDecimal discount, BigDecimal proceeds, String state) {}

  @Bean
  CopiedTerms forfaitingCopiedTerms() {
    return new CopiedTerms(List.of(ForfaitingBody.GUARANTOR_BANK_ID, ForfaitingBody.GUARANTEE_TYPE,
        ForfaitingBody.LC_REFERENCE, ForfaitingBody.METHOD, ForfaitingBody.VALUE_DATE, ForfaitingBody.INSTRUMENTS,
        ForfaitingBody.INSTRUMENT_COUNT, "guarantorName", "guarantorCountry", "guarantorRating", "countryRiskClass",
        "bankLimitAvailable", "countryLimitAvailable", "discountRate", "margin", "baseRate", "dayBasis",
        "totalFace", "totalDiscount", "totalProceeds", "commitmentFee", "netProceeds", "instrumentsPriced", "discountTerms"));
  }

  @Bean
  ApplicationDetails forfaitingInstruments(Instruments instruments) {
    return new ApplicationDetails() {
      @Override
      public String product() {
        return ForfaitingBody.PRODUCT;
      }

      @Override
      public String name() {
        return "instruments";
      }

      @Override
      public Object of(String applicationId) {
        return instruments.of(applicationId).stream().map(i -> new InstrumentView(i.getNumber(), i.getKind().name(),
            i.getFaceAmount(), i.getMaturityDate(), i.getDiscountDays(), i.getDiscount(), i.getProceeds(),
            i.getState().name())).toList();
      }
    };
  }
}
