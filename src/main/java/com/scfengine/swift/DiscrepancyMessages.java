package com.scfengine.swift;

import com.prowidesoftware.swift.model.field.Field20;
import com.prowidesoftware.swift.model.field.Field21;
import com.prowidesoftware.swift.model.field.Field32B;
import com.prowidesoftware.swift.model.field.Field34B;
import com.prowidesoftware.swift.model.field.Field71D;
import com.prowidesoftware.swift.model.field.Field77J;
import com.prowidesoftware.swift.model.mt.mt7xx.MT750;
import com.scfengine.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MT750: a {@link DiscrepancyAdvice} written, and read back. Charges to be deducted travel in 71D as {@code /COMM/}
 * with currency and amount; the total to be paid (34B), which the network requires with charges, is the principal
 * less the charges when the advice does not give it.
 */
final class DiscrepancyMessages {

  private static final Set<String> CARRIED = Set.of("20", "21", "32B", "71D", "34B", "77J");

  private DiscrepancyMessages() {}

  static String write(DiscrepancyAdvice advice) {
    Draft draft = new Draft("MT750 advice of discrepancy " + advice.reference());
    draft.addresses(advice.senderBic(), advice.receiverBic());
    List<String> discrepancies = Narratives.discrepancyLines(advice.discrepancies(), draft);
    BigDecimal total = advice.totalAmount();
    if (total == null && advice.chargesDeducted() != null && advice.principalAmount() != null) {
      total = advice.principalAmount().subtract(advice.chargesDeducted());
    }
    if (total != null && total.signum() < 0) {
      draft.problem("34B", "the charges exceed the principal amount");
    }
    draft.requireNoProblems();

    MT750 mt = Draft.addressed(new MT750(advice.senderBic(), advice.receiverBic()), advice.senderBic());
    if (advice.reference() != null) {
      mt.append(new Field20().setReference(advice.reference()));
    }
    if (advice.creditNumber() != null) {
      mt.append(new Field21().setReference(advice.creditNumber()));
    }
    if (advice.currency() != null && advice.principalAmount() != null) {
      mt.append(new Field32B().setCurrency(advice.currency()).setAmount(advice.principalAmount()));
    }
    if (advice.chargesDeducted() != null) {
      mt.append(new Field71D().setNarrative(Narratives.charges(advice.currency(), advice.chargesDeducted())));
    }
    if (total != null) {
      mt.append(new Field34B().setCurrency(advice.currency()).setAmount(total));
    }
    if (!discrepancies.isEmpty()) {
      mt.append(new Field77J().setNarrative(Draft.value(discrepancies)));
    }
    return draft.finish(mt);
  }

  static DiscrepancyAdvice read(String fin) {
    ReceivedFin m = ReceivedFin.parse(fin);
    List<SwiftProblem> problems = new ArrayList<>(m.problemsAs(MessageType.MT750));
    if (m.type() == MessageType.MT750) {
      problems.addAll(m.notCarried(CARRIED, "DiscrepancyAdvice"));
    }
    String currency = null;
    BigDecimal charges = null;
    if (problems.isEmpty()) {
      currency = m.value("32B").substring(0, 3);
      if (m.has("71D")) {
        charges = Narratives.chargesAmount("71D", m.lines("71D"), currency, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new SwiftMessageException(problems);
    }
    return new DiscrepancyAdvice(
        m.senderBic(), m.receiverBic(),
        m.value("20"),
        m.value("21"),
        currency,
        amount(m.value("32B"), currency),
        charges,
        amount(m.value("34B"), currency),
        Narratives.discrepancies(m.lines("77J")));
  }

  private static BigDecimal amount(String currencyAmount, String currency) {
    return currencyAmount == null
        ? null
        : Money.exact(new Field32B(currencyAmount).getAmountAsBigDecimal(), currency);
  }
}
