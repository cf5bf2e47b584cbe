package com.scfengine.forfaiting;

import com.scfengine.applications.Applications;
import com.scfengine.applications.FinancingApplication;
import com.scfengine.applications.Rejections;
import com.scfengine.money.ForfaitingDiscount;
import com.scfengine.money.InterestCalculator;
import com.scfengine.money.Money;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code forfaitingPricing}: prices every instrument of the deal (the money module, each on its own,
 * rounded once) and records the deal's figures on the application. At the offer ({@code at=OFFER}) the rate is the
 * configured base rate plus the margin of the DMN table {@code forfaiting-pricing}, on the guarantor's rating and
 * country; at discounting ({@code at=DISCOUNT}) the offered rate holds, the value date is the day of discounting, and
 * the commitment fee from the offer to that day is deducted from the proceeds.
 */
@Component("forfaitingPricing")
class ForfaitingPricingDelegate implements JavaDelegate {

  static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";
  /** How long an offer is firm: the exporter delivers the instruments within it. */
  static final int COMMITMENT_DAYS = 14;

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("forfaitingPricing", "Prices each instrument of a "
          + "forfaiting deal (straight discount or discount to yield, by the currency's day basis, with its grace "
          + "days) and records the deal's face, discount, commitment fee and net proceeds on the application.")
      .order(410)
      .reads("guarantorRating, guarantorCountry, tenorDays, currency", "the inputs of the DMN table "
          + "forfaiting-pricing, at the offer")
      .reads("discountMethod, valueDate", "STRAIGHT_DISCOUNT or DISCOUNT_TO_YIELD, and the value date offered")
      .setting("at", "OFFER (default): rate from the table, commitment starts; DISCOUNT: the offered rate, today's "
          + "value date, the commitment fee deducted")
      .writes("discountRate, margin, baseRate, dayBasis, graceDays", "the rate and how it was made")
      .writes("totalFace, totalDiscount, totalProceeds, commitmentFee, netProceeds", "the deal's figures, as text "
          + "with the currency; also recorded on the application")
      .writes("instrumentsPriced", "one line per instrument: face, maturity, days, discount, proceeds")
      .writes("discountTerms", "the rate, method, day basis and grace days in words")
      .writes("committedOn, commitmentExpiresAt", "at the offer: when the commitment starts and when it lapses")
      .error(NOT_ELIGIBLE, "the table finds the guarantor, its country or the tenor not eligible")
      .build();

  private final ForfaitingPricing pricing;
  private final Instruments instruments;
  private final InterestCalculator calculator;
  private final ForfaitingSettings settings;
  private final Applications applications;
  private final Rejections rejections;
  private final Clock clock;

  ForfaitingPricingDelegate(ForfaitingPricing pricing, Instruments instruments, InterestCalculator calculator,
      ForfaitingSettings settings, Applications applications, Rejections rejections, Clock clock) {
    this.pricing = pricing;
    this.instruments = instruments;
    this.calculator = calculator;
    this.settings = settings;
    this.applications = applications;
    this.rejections = rejections;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    String currency = Vars.string(run, Vars.CURRENCY);
    boolean discounting = "DISCOUNT".equals(Vars.optionalString(run, "at"));
    LocalDate today = LocalDate.now(clock);
    LocalDate offered = LocalDate.parse(Vars.string(run, ForfaitingBody.VALUE_DATE));
    BigDecimal rate;
    if (discounting) {
      rate = new BigDecimal(Vars.string(run, "discountRate"));
    } else {
      ForfaitingPricing.Rate quoted = pricing.rate(Vars.string(run, "guarantorRating"),
          Vars.string(run, "guarantorCountry"), ((Number) run.getVariable(Vars.TENOR_DAYS)).intValue(), currency);
      if (!quoted.eligible()) {
        throw rejections.refuse(run, NOT_ELIGIBLE, quoted.reason());
      }
      rate = quoted.discountRate();
      run.setVariable("margin", quoted.margin().toPlainString());
      run.setVariable("baseRate", quoted.baseRate().toPlainString());
      run.setVariable("committedOn", today.toString());
      run.setVariable("commitmentExpiresAt", date(offered.isAfter(today) ? offered : today, COMMITMENT_DAYS));
    }
    LocalDate valueDate = discounting && today.isAfter(offered) ? today : offered;
    if (discounting) {
      run.setVariable("dishonouredInstruments", 0);
    }
    List<ForfaitingPricing.Instrument> held = instruments.of(id).stream()
        .map(i -> new ForfaitingPricing.Instrument(i.getNumber(), i.getFaceAmount(), i.getMaturityDate())).toList();
    ForfaitingPricing.Quote quote = pricing.price(currency, valueDate,
        ForfaitingDiscount.Method.valueOf(Vars.string(run, ForfaitingBody.METHOD)), rate, pricing.graceDays(currency),
        held);
    LocalDate committedOn = LocalDate.parse(Vars.string(run, "committedOn"));
    BigDecimal fee = valueDate.isAfter(committedOn)
        ? calculator.commitmentFee(quote.totalFace(), settings.commitmentFeeRate(), committedOn, valueDate, currency)
        : Money.of(BigDecimal.ZERO, currency);
    BigDecimal net = quote.totalProceeds().subtract(fee);
    instruments.priced(id, quote.instruments());
    applications.recordPricing(id, new FinancingApplication.Pricing(quote.totalFace(), quote.totalDiscount(), fee, net));

    run.setVariable("discountRate", quote.discountRate().toPlainString());
    run.setVariable("dayBasis", quote.dayBasis());
    run.setVariable("graceDays", quote.graceDays());
    run.setVariable(ForfaitingBody.VALUE_DATE, valueDate.toString());
    run.setVariable("totalFace", Vars.text(quote.totalFace(), currency));
    run.setVariable("totalDiscount", Vars.text(quote.totalDiscount(), currency));
    run.setVariable("totalProceeds", Vars.text(quote.totalProceeds(), currency));
    run.setVariable("commitmentFee", Vars.text(fee, currency));
    run.setVariable("netProceeds", Vars.text(net, currency));
    run.setVariable("instrumentsPriced", lines(quote, currency));
    run.setVariable("discountTerms", quote.discountRate().movePointRight(2).stripTrailingZeros().toPlainString()
        + " % p.a., " + (quote.method() == ForfaitingDiscount.Method.STRAIGHT_DISCOUNT ? "straight discount" :
        "discount to yield") + ", days/" + quote.dayBasis() + ", " + quote.graceDays() + " grace days");
  }

  /** For the people deciding: one line per instrument, amounts grouped as a person writes them. */
  private static String lines(ForfaitingPricing.Quote quote, String currency) {
    DecimalFormat amount = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    amount.setMinimumFractionDigits(Money.scale(currency));
    amount.setMaximumFractionDigits(Money.scale(currency));
    StringBuilder text = new StringBuilder();
    for (ForfaitingPricing.PricedInstrument i : quote.instruments()) {
      text.append(i.number()).append(": ").append(currency).append(' ').append(amount.format(i.faceAmount()))
          .append(" due ").append(i.maturityDate()).append(", ").append(i.discountDays()).append(" days, discount ")
          .append(amount.format(i.discount())).append(", proceeds ").append(amount.format(i.proceeds())).append('\n');
    }
    return text.toString().strip();
  }

  private static Date date(LocalDate from, int days) {
    return Date.from(from.plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
