package com.scfengine.forfaiting;

import com.scfengine.common.FieldErrors;
import com.scfengine.common.NotFoundException;
import com.scfengine.enterprises.Enterprise;
import com.scfengine.enterprises.EnterpriseRole;
import com.scfengine.enterprises.Enterprises;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/forfaiting/quotes}: what the bank would pay for a set of instruments on the value date, before
 * anyone commits; nothing is written. The rate is the one given, or the currency's base rate plus the pricing
 * table's margin for the guarantor bank ({@code guarantorBankId}, an enterprise with role BANK). Grace days default
 * to the currency's. Answers 400 naming every bad field, and 422 when the table does not take the guarantor (its
 * reason in {@code detail}) or the rate leaves an instrument no proceeds.
 */
@RestController
class ForfaitingQuoteController {

  private final ForfaitingPricing pricing;
  private final Enterprises enterprises;
  private final Clock clock;

  ForfaitingQuoteController(ForfaitingPricing pricing, Enterprises enterprises, Clock clock) {
    this.pricing = pricing;
    this.enterprises = enterprises;
    this.clock = clock;
  }

  @PostMapping("/api/forfaiting/quotes")
  @Operation(tags = "Forfaiting", summary = "Price a forfaiting deal", description = """
      Prices instruments before anyone commits, and writes nothing: at `discountRate` when given, else at the \
      currency's base rate plus the margin of `forfaiting-pricing` on the guarantor bank's rating and country. \
      `method` STRAIGHT_DISCOUNT, DISCOUNT_TO_YIELD or BULLET; `graceDays` defaults to the currency's.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "Two bills guaranteed by BANK-002",
          value = """
          { "guarantorBankId": "BANK-002", "currency": "USD", "valueDate": "{{today+7}}",
            "method": "STRAIGHT_DISCOUNT",
            "instruments": [ { "number": "BE-1", "faceAmount": 250000.00, "maturityDate": "{{today+190}}" },
                             { "number": "BE-2", "faceAmount": 250000.00, "maturityDate": "{{today+372}}" } ] }"""))),
      responses = {@ApiResponse(responseCode = "200", description = "The quote: each instrument's discount and "
          + "proceeds, and the totals"),
          @ApiResponse(responseCode = "422", description = "Well formed, but not eligible or not priceable")})
  ForfaitingPricing.Quote quote(@RequestBody Map<String, Object> body) {
    FieldErrors errors = new FieldErrors();
    QuoteBody.Request request = QuoteBody.read(body, LocalDate.now(clock), pricing.maxInstruments(), errors);
    Enterprise guarantor = request.guarantorBankId() == null ? null : guarantor(request.guarantorBankId(), errors);
    errors.throwIfAny("Forfaiting quote");

    int graceDays = request.graceDays() != null ? request.graceDays() : pricing.graceDays(request.currency());
    BigDecimal discountRate = request.discountRate();
    if (discountRate == null) {
      ForfaitingPricing.Rate rate = pricing.rate(guarantor.getRatingGrade(), guarantor.getCountry(),
          ForfaitingPricing.tenorDays(request.valueDate(), request.instruments()), request.currency());
      if (!rate.eligible()) {
        throw unprocessable("Not eligible for forfaiting", rate.reason());
      }
      discountRate = rate.discountRate();
    }
    try {
      return pricing.price(request.currency(), request.valueDate(), request.method(), discountRate, graceDays,
          request.instruments());
    } catch (IllegalArgumentException noProceeds) {
      throw unprocessable("Cannot be priced", noProceeds.getMessage());
    }
  }

  /** The guarantor bank, or {@code null} with the reason in {@code errors}. */
  private Enterprise guarantor(String id, FieldErrors errors) {
    Enterprise enterprise;
    try {
      enterprise = enterprises.get(id);
    } catch (NotFoundException e) {
      errors.add("guarantorBankId", "no enterprise " + FieldErrors.quoted(id) + " is registered");
      return null;
    }
    if (enterprise.getRole() != EnterpriseRole.BANK) {
      errors.add("guarantorBankId", FieldErrors.quoted(id) + " is not a bank (its role is " + enterprise.getRole() + ")");
      return null;
    }
    return enterprise;
  }

  /** A well-formed request the bank will not quote: 422 problem+json, the reason in {@code detail}. */
  private static ErrorResponseException unprocessable(String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, detail);
    problem.setTitle(title);
    return new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, problem, null);
  }
}
