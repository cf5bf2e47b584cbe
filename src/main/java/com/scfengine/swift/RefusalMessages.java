package com.scfengine.swift;

import com.prowidesoftware.swift.model.field.Field20;
import com.prowidesoftware.swift.model.field.Field21;
import com.prowidesoftware.swift.model.field.Field32A;
import com.prowidesoftware.swift.model.field.Field33B;
import com.prowidesoftware.swift.model.field.Field73A;
import com.prowidesoftware.swift.model.field.Field77B;
import com.prowidesoftware.swift.model.field.Field77J;
import com.prowidesoftware.swift.model.mt.mt7xx.MT734;
import com.prowidesoftware.swift.utils.SwiftFormatUtils;
import com.scfengine.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MT734: a {@link Refusal} written, and read back. Charges claimed travel as 73A {@code /COMM/} with the currency
 * and amount, and as the total claimed in 33B, which the network requires with 73A; the disposal of the documents
 * (77B) continues on lines starting with {@code //}.
 */
final class RefusalMessages {

  private static final Set<String> CARRIED = Set.of("20", "21", "32A", "73A", "33B", "77J", "77B");

  private RefusalMessages() {}

  static String write(Refusal refusal) {
    Draft draft = new Draft("MT734 refusal under credit " + refusal.creditNumber());
    draft.addresses(refusal.senderBic(), refusal.receiverBic());
    List<String> discrepancies = Narratives.discrepancyLines(refusal.discrepancies(), draft);
    List<String> disposal = disposal(refusal.disposal(), draft);
    if (refusal.chargesClaimed() != null && refusal.currency() == null) {
      draft.problem("73A", "the charges claimed need the currency");
    }
    draft.requireNoProblems();

    MT734 mt = Draft.addressed(new MT734(refusal.senderBic(), refusal.receiverBic()), refusal.senderBic());
    if (refusal.creditNumber() != null) {
      mt.append(new Field20().setReference(refusal.creditNumber()));
    }
    if (refusal.presenterReference() != null) {
      mt.append(new Field21().setReference(refusal.presenterReference()));
    }
    if (refusal.utilisationDate() != null && refusal.currency() != null && refusal.utilisedAmount() != null) {
      mt.append(new Field32A().setDate(Draft.date(refusal.utilisationDate())).setCurrency(refusal.currency())
          .setAmount(refusal.utilisedAmount()));
    }
    if (refusal.chargesClaimed() != null) {
      mt.append(new Field73A().setNarrative(Narratives.charges(refusal.currency(), refusal.chargesClaimed())));
      mt.append(new Field33B().setCurrency(refusal.currency()).setAmount(refusal.chargesClaimed()));
    }
    if (!discrepancies.isEmpty()) {
      mt.append(new Field77J().setNarrative(Draft.value(discrepancies)));
    }
    if (!disposal.isEmpty()) {
      mt.append(new Field77B().setNarrative(Draft.value(disposal)));
    }
    return draft.finish(mt);
  }

  /** 77B: the code and words on a first line of 35, continued on lines of '//' and 33 more. */
  private static List<String> disposal(String disposal, Draft draft) {
    if (disposal == null || disposal.isBlank()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    List<String> wrapped = Texts.wrap(disposal.replaceAll("\\s*\\R\\s*", " ").strip(), 35, 33,
        Texts.NEVER_AT_LINE_START + "/");
    for (int i = 0; i < wrapped.size(); i++) {
      lines.add(i == 0 ? wrapped.get(i) : "//" + wrapped.get(i));
    }
    return draft.checked("77B", lines, 3, 35, 'x');
  }

  static Refusal read(String fin) {
    ReceivedFin m = ReceivedFin.parse(fin);
    List<SwiftProblem> problems = new ArrayList<>(m.problemsAs(MessageType.MT734));
    if (m.type() == MessageType.MT734) {
      problems.addAll(m.notCarried(CARRIED, "Refusal"));
    }
    if (!problems.isEmpty()) {
      throw new SwiftMessageException(problems);
    }
    String utilisation = m.value("32A");
    String currency = utilisation.substring(6, 9);
    String claimed = m.value("33B");
    return new Refusal(
        m.senderBic(), m.receiverBic(),
        m.value("20"),
        m.value("21"),
        FieldFormats.date(utilisation.substring(0, 6)),
        currency,
        Money.exact(SwiftFormatUtils.getBigDecimal(utilisation.substring(9)), currency),
        claimed == null ? null : Money.exact(SwiftFormatUtils.getBigDecimal(claimed.substring(3)), currency),
        Narratives.discrepancies(m.lines("77J")),
        disposal(m.lines("77B")));
  }

  /** 77B back to one text: the continuation lines joined without their '//'. */
  private static String disposal(List<String> lines) {
    StringBuilder text = new StringBuilder(lines.get(0));
    lines.stream().skip(1).forEach(line -> text.append(' ').append(line.substring(2)));
    return text.toString();
  }
}
