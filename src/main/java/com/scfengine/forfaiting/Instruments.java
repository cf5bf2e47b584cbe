package com.scfengine.forfaiting;

import com.scfengine.registry.ReceivableKind;
import com.scfengine.registry.ReceivableRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A deal's instruments: registered against double financing, priced, and settled one by one at maturity. */
@Service
class Instruments {

  private final InstrumentRepository repository;
  private final ReceivableRegistry registry;
  private final Clock clock;

  Instruments(InstrumentRepository repository, ReceivableRegistry registry, Clock clock) {
    this.repository = repository;
    this.registry = registry;
    this.clock = clock;
  }

  /**
   * Registers every instrument of the deal in the receivable registry and keeps it, numbered by maturity: a duplicate of any one — also
   * written differently — refuses the whole deal ({@code DuplicateFinancingException}, which names it), and the
   * caller's transaction writes nothing.
   */
  @Transactional
  void register(String applicationId, String exporterId, String importerId, String currency,
      List<InstrumentLines.Line> lines) {
    List<InstrumentLines.Line> byMaturity = lines.stream()
        .sorted(java.util.Comparator.comparing(InstrumentLines.Line::maturityDate)).toList();
    for (int i = 0; i < byMaturity.size(); i++) {
      InstrumentLines.Line line = byMaturity.get(i);
      registry.register(new ReceivableRegistry.Claim(receivableKind(line.kind()), exporterId, importerId,
          line.number(), line.faceAmount(), currency, line.issueDate(), line.maturityDate(), applicationId));
      repository.save(new Instrument(applicationId, i + 1, line, currency));
    }
  }

  @Transactional
  void priced(String applicationId, List<ForfaitingPricing.PricedInstrument> priced) {
    List<Instrument> held = repository.findByApplicationId(applicationId);
    for (int i = 0; i < held.size(); i++) {
      ForfaitingPricing.PricedInstrument price = priced.get(i);
      held.get(i).priced(price.discountDays(), price.discount(), price.proceeds());
    }
  }

  @Transactional(readOnly = true)
  List<Instrument> of(String applicationId) {
    return repository.findByApplicationId(applicationId);
  }

  @Transactional(readOnly = true)
  Instrument at(String applicationId, int position) {
    return repository.findByApplicationIdAndPosition(applicationId, position).orElseThrow(() ->
        new IllegalStateException("Deal " + applicationId + " has no instrument " + position));
  }

  /** The instrument was paid at maturity; true when it was the deal's last one held. */
  @Transactional
  boolean paid(String applicationId, int position) {
    Instrument instrument = repository.findByApplicationIdAndPosition(applicationId, position).orElseThrow();
    if (instrument.getState() == Instrument.State.HELD) {
      instrument.settled(Instrument.State.PAID, clock.instant());
    }
    return repository.findByApplicationId(applicationId).stream()
        .noneMatch(i -> i.getState() == Instrument.State.HELD);
  }

  /** The instrument was not paid by maturity and grace days. */
  @Transactional
  void dishonoured(String applicationId, int position) {
    Instrument instrument = repository.findByApplicationIdAndPosition(applicationId, position).orElseThrow();
    if (instrument.getState() == Instrument.State.HELD) {
      instrument.settled(Instrument.State.DISHONOURED, clock.instant());
    }
  }

  @Transactional(readOnly = true)
  BigDecimal totalFace(String applicationId) {
    return of(applicationId).stream().map(Instrument::getFaceAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  private static ReceivableKind receivableKind(Instrument.Kind kind) {
    return switch (kind) {
      case BILL_OF_EXCHANGE -> ReceivableKind.BILL_OF_EXCHANGE;
      case PROMISSORY_NOTE -> ReceivableKind.PROMISSORY_NOTE;
      case DEFERRED_PAYMENT_CLAIM -> ReceivableKind.LC_CLAIM;
    };
  }
}
