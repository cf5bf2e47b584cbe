package com.scfengine.swift;

import com.prowidesoftware.swift.model.field.Field20;
import com.prowidesoftware.swift.model.field.Field21;
import com.prowidesoftware.swift.model.field.Field22A;
import com.prowidesoftware.swift.model.field.Field23;
import com.prowidesoftware.swift.model.field.Field26E;
import com.prowidesoftware.swift.model.field.Field27;
import com.prowidesoftware.swift.model.field.Field30;
import com.prowidesoftware.swift.model.field.Field31C;
import com.prowidesoftware.swift.model.field.Field31D;
import com.prowidesoftware.swift.model.field.Field32B;
import com.prowidesoftware.swift.model.field.Field33B;
import com.prowidesoftware.swift.model.field.Field44C;
import com.prowidesoftware.swift.model.field.Field47B;
import com.prowidesoftware.swift.model.field.Field52A;
import com.prowidesoftware.swift.model.mt.mt7xx.MT707;
import com.scfengine.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MT707: an {@link Amendment} written, and read back. The narrative travels in 47B: a text that does not start with
 * one of the codes /ADD/, /DELETE/ or /REPALL/ is sent as /ADD/ and read back without it.
 */
final class AmendmentMessages {

  private static final String ADD = "/ADD/";

  private static final Set<String> CARRIED = Set.of("27", "20", "21", "23", "52A", "31C", "26E", "30", "22A", "31D",
      "32B", "33B", "44C", "47B");

  private AmendmentMessages() {}

  static String write(Amendment amendment) {
    Draft draft = new Draft("MT707 amendment " + amendment.amendmentNumber() + " of credit "
        + amendment.creditNumber());
    draft.addresses(amendment.senderBic(), amendment.receiverBic());
    if ((amendment.increase() != null || amendment.decrease() != null) && amendment.currency() == null) {
      draft.problem(amendment.increase() != null ? "32B" : "33B", "the change of amount needs its currency");
    }
    List<String> place = draft.text("31D", amendment.newExpiryPlace(), 1, 29, 'x');
    if ((amendment.newExpiryDate() == null) != place.isEmpty()) {
      draft.problem("31D", "the new date and the place of expiry go together");
    }
    if (amendment.amendmentNumber() < 1 || amendment.amendmentNumber() > 999) {
      draft.problem("26E", "the number of the amendment is 1 to 999, not " + amendment.amendmentNumber());
    }
    List<String> narrative = narrative(amendment.narrative(), draft);
    draft.requireNoProblems();

    MT707 mt = Draft.addressed(new MT707(amendment.senderBic(), amendment.receiverBic()), amendment.senderBic());
    mt.append(new Field27().setNumber(1).setTotal(1));
    if (amendment.creditNumber() != null) {
      mt.append(new Field20().setReference(amendment.creditNumber()));
    }
    if (amendment.receiverReference() != null) {
      mt.append(new Field21().setReference(amendment.receiverReference()));
    }
    if (amendment.creditNumber() != null) {
      mt.append(Field23.tag(amendment.creditNumber()));
    }
    if (amendment.issuingBankBic() != null) {
      mt.append(new Field52A().setIdentifierCode(amendment.issuingBankBic()));
    }
    if (amendment.issueDate() != null) {
      mt.append(new Field31C().setDate(Draft.date(amendment.issueDate())));
    }
    mt.append(new Field26E().setNumberOfAmendment(amendment.amendmentNumber()));
    if (amendment.amendmentDate() != null) {
      mt.append(new Field30().setDate(Draft.date(amendment.amendmentDate())));
    }
    if (amendment.purpose() != null) {
      mt.append(new Field22A().setPurpose(amendment.purpose()));
    }
    if (amendment.newExpiryDate() != null) {
      mt.append(new Field31D().setDate(Draft.date(amendment.newExpiryDate())).setPlace(place.get(0)));
    }
    if (amendment.increase() != null) {
      mt.append(new Field32B().setCurrency(amendment.currency()).setAmount(amendment.increase()));
    }
    if (amendment.decrease() != null) {
      mt.append(new Field33B().setCurrency(amendment.currency()).setAmount(amendment.decrease()));
    }
    if (amendment.newLatestShipmentDate() != null) {
      mt.append(new Field44C().setDate(Draft.date(amendment.newLatestShipmentDate())));
    }
    if (!narrative.isEmpty()) {
      mt.append(new Field47B().setNarrative(Draft.value(narrative)));
    }
    return draft.finish(mt);
  }

  /** The narrative as 47B lines: codes at line starts only, /ADD/ unless the text starts with a code. */
  private static List<String> narrative(String narrative, Draft draft) {
    if (narrative == null || narrative.isBlank()) {
      return List.of();
    }
    String text = startsWithCode(narrative) ? narrative : ADD + narrative;
    return draft.checked("47B", Texts.wrap(text, 65, 65, Texts.NEVER_AT_LINE_START + "/"), 100, 65, 'z');
  }

  private static boolean startsWithCode(String text) {
    return FieldFormats.AMENDMENT_CODES.stream().anyMatch(code -> text.startsWith("/" + code + "/"));
  }

  static Amendment read(String fin) {
    ReceivedFin m = ReceivedFin.parse(fin);
    List<SwiftProblem> problems = new ArrayList<>(m.problemsAs(MessageType.MT707));
    if (m.type() == MessageType.MT707) {
      problems.addAll(m.notCarried(CARRIED, "Amendment"));
    }
    if (problems.isEmpty()) {
      if (!"1/1".equals(m.value("27"))) {
        problems.add(new SwiftProblem("27", "the amendment continues in MT708, which the engine does not read"));
      }
      if (!m.value("20").equals(m.value("23"))) {
        problems.add(new SwiftProblem("20", "the sender's reference " + m.value("20") + " is not the credit number "
            + m.value("23") + " (23); the engine's Amendment carries one"));
      }
      if (m.has("52A") && m.lines("52A").size() > 1) {
        problems.add(new SwiftProblem("52A", "the issuing bank's party identifier is not carried by the engine's"
            + " Amendment; reading the message would lose it"));
      }
    }
    if (!problems.isEmpty()) {
      throw new SwiftMessageException(problems);
    }
    String amount = m.has("32B") ? m.value("32B") : m.value("33B");
    String currency = amount == null ? null : amount.substring(0, 3);
    String expiry = m.value("31D");
    return new Amendment(
        m.senderBic(), m.receiverBic(),
        m.value("23"),
        m.value("21"),
        FieldFormats.date(m.value("31C")),
        Integer.parseInt(m.value("26E")),
        FieldFormats.date(m.value("30")),
        m.value("22A"),
        currency,
        amount(m.value("32B"), currency),
        amount(m.value("33B"), currency),
        expiry == null ? null : FieldFormats.date(expiry.substring(0, 6)),
        expiry == null ? null : expiry.substring(6),
        FieldFormats.date(m.value("44C")),
        narrative(m.value("47B")),
        m.value("52A"));
  }

  /** 47B as the narrative: without /ADD/ when that is its only code. */
  private static String narrative(String value) {
    if (value == null || !value.startsWith(ADD)) {
      return value;
    }
    boolean otherCodes = Texts.finLines(value).stream().skip(1).anyMatch(line -> line.startsWith("/"));
    return otherCodes ? value : value.substring(ADD.length());
  }

  private static BigDecimal amount(String currencyAmount, String currency) {
    return currencyAmount == null
        ? null
        : Money.exact(new Field32B(currencyAmount).getAmountAsBigDecimal(), currency);
  }
}
