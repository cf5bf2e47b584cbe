package com.scfengine.forfaiting;

import com.scfengine.common.FieldErrors;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code dealTerms}: a forfaiting deal's terms are its instruments' totals. Before
 * {@code registerApplication}, reads the instruments (one per line, as the start form takes them) and sets the shared
 * terms from them — face and requested amount the sum of the faces, issue date the earliest, due date the last
 * maturity, instrument number the first to mature — with the value date (today when not given). Bad lines refuse the
 * start, each named.
 */
@Component("dealTerms")
class DealTermsDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("dealTerms", "Sets a forfaiting deal's terms from its "
          + "instruments, before registerApplication: the faces summed, the earliest issue and the last maturity. Bad "
          + "instruments refuse the start (HTTP 400 naming each).")
      .order(190)
      .reads("instruments", "one line per instrument: number; kind; face amount; issue date; maturity date")
      .reads("currency, valueDate, discountMethod", "the deal's currency, value date (default today) and method")
      .writes("instrumentNumber, faceAmount, requestedAmount, issueDate, dueDate, instrumentCount", "the deal's terms")
      .build();

  private final Clock clock;

  DealTermsDelegate(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    LocalDate today = LocalDate.now(clock);
    FieldErrors errors = new FieldErrors();
    String currency = errors.currency("currency", Vars.optionalString(run, Vars.CURRENCY));
    errors.oneOf("discountMethod", Vars.optionalString(run, ForfaitingBody.METHOD), ForfaitingBody.Method.class);
    String given = Vars.optionalString(run, ForfaitingBody.VALUE_DATE);
    LocalDate valueDate = given == null || given.isBlank() ? today : errors.date(ForfaitingBody.VALUE_DATE, given);
    if (valueDate != null && valueDate.isBefore(today)) {
      errors.add(ForfaitingBody.VALUE_DATE, "must not be in the past");
    }
    List<InstrumentLines.Line> lines = InstrumentLines.parse(Vars.optionalString(run, ForfaitingBody.INSTRUMENTS),
        currency, today, errors);
    if (valueDate != null) {
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).maturityDate().isAfter(valueDate)) {
          errors.add("instruments[" + i + "].maturityDate", "must be after the value date " + valueDate);
        }
      }
    }
    errors.throwIfAny("Forfaiting deal");
    List<InstrumentLines.Line> byMaturity = lines.stream()
        .sorted(Comparator.comparing(InstrumentLines.Line::maturityDate)).toList();
    BigDecimal total = lines.stream().map(InstrumentLines.Line::faceAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    run.setVariable(ForfaitingBody.VALUE_DATE, valueDate.toString());
    run.setVariable(ForfaitingBody.INSTRUMENTS, InstrumentLines.text(lines));
    run.setVariable(ForfaitingBody.INSTRUMENT_COUNT, lines.size());
    run.setVariable(Vars.INSTRUMENT_NUMBER, byMaturity.get(0).number());
    run.setVariable(Vars.FACE_AMOUNT, total.toPlainString());
    run.setVariable(Vars.REQUESTED_AMOUNT, total.toPlainString());
    run.setVariable(Vars.ISSUE_DATE, lines.stream().map(InstrumentLines.Line::issueDate)
        .min(Comparator.naturalOrder()).orElseThrow().toString());
    run.setVariable(Vars.DUE_DATE, byMaturity.get(byMaturity.size() - 1).maturityDate().toString());
  }
}
