package com.scfengine.swift;

import com.prowidesoftware.swift.model.field.Field;
import com.prowidesoftware.swift.model.field.Field20;
import com.prowidesoftware.swift.model.field.Field27;
import com.prowidesoftware.swift.model.field.Field31C;
import com.prowidesoftware.swift.model.field.Field31D;
import com.prowidesoftware.swift.model.field.Field32B;
import com.prowidesoftware.swift.model.field.Field39A;
import com.prowidesoftware.swift.model.field.Field40A;
import com.prowidesoftware.swift.model.field.Field40E;
import com.prowidesoftware.swift.model.field.Field41A;
import com.prowidesoftware.swift.model.field.Field41D;
import com.prowidesoftware.swift.model.field.Field42A;
import com.prowidesoftware.swift.model.field.Field42C;
import com.prowidesoftware.swift.model.field.Field42D;
import com.prowidesoftware.swift.model.field.Field42P;
import com.prowidesoftware.swift.model.field.Field43P;
import com.prowidesoftware.swift.model.field.Field43T;
import com.prowidesoftware.swift.model.field.Field44A;
import com.prowidesoftware.swift.model.field.Field44B;
import com.prowidesoftware.swift.model.field.Field44C;
import com.prowidesoftware.swift.model.field.Field44E;
import com.prowidesoftware.swift.model.field.Field44F;
import com.prowidesoftware.swift.model.field.Field45A;
import com.prowidesoftware.swift.model.field.Field46A;
import com.prowidesoftware.swift.model.field.Field47A;
import com.prowidesoftware.swift.model.field.Field48;
import com.prowidesoftware.swift.model.field.Field49;
import com.prowidesoftware.swift.model.field.Field50;
import com.prowidesoftware.swift.model.field.Field59;
import com.prowidesoftware.swift.model.field.Field71D;
import com.prowidesoftware.swift.model.field.Field72Z;
import com.prowidesoftware.swift.model.field.Field78;
import com.prowidesoftware.swift.model.mt.mt7xx.MT700;
import com.prowidesoftware.swift.model.mt.mt7xx.MT701;
import com.scfengine.money.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * MT700 with its MT701 continuations: a {@link DocumentaryCredit} written, and read back. Goods (45A), documents
 * (46A) and conditions (47A) fill the MT700 as far as 100 lines per field and 10,000 characters per message allow,
 * and continue, in order, in MT701s; 27 numbers the set (1/n to n/n, at most 8).
 */
final class CreditMessages {

  private static final int TEXT_WIDTH = 65;
  private static final int TEXT_LINES = 100;

  private static final Set<String> CARRIED_BY_MT700 = Set.of("27", "40A", "20", "31C", "40E", "31D", "50", "59",
      "32B", "39A", "41A", "41D", "42C", "42A", "42D", "42P", "43P", "43T", "44A", "44E", "44F", "44B", "44C", "45A",
      "46A", "47A", "71D", "48", "49", "78", "72Z");

  private static final Set<String> CARRIED_BY_MT701 = Set.of("27", "20", "45A", "46A", "47A");

  private CreditMessages() {}

  static List<String> write(DocumentaryCredit credit) {
    Draft draft = new Draft("MT700 of credit " + credit.creditNumber());
    draft.addresses(credit.senderBic(), credit.receiverBic());
    List<Field> head = head(credit, draft);
    List<Field> tail = tail(credit, draft);
    Map<String, List<String>> texts = new LinkedHashMap<>();
    texts.put("45A", draft.text("45A", credit.goods(), Integer.MAX_VALUE, TEXT_WIDTH, 'z'));
    texts.put("46A", draft.text("46A", credit.documentsRequired(), Integer.MAX_VALUE, TEXT_WIDTH, 'z'));
    texts.put("47A", draft.text("47A", credit.additionalConditions(), Integer.MAX_VALUE, TEXT_WIDTH, 'z'));
    if (texts.get("45A").isEmpty()) {
      draft.problem("45A", "the credit describes no goods or services");
    }
    if (texts.get("46A").isEmpty()) {
      draft.problem("46A", "the credit names no documents required");
    }
    draft.requireNoProblems();

    Field27 sequence = new Field27().setNumber(1).setTotal(1);
    int firstRoom = room(sequence) - size(head) - size(tail);
    int nextRoom = room(sequence) - size(new Field20().setReference(credit.creditNumber()));
    List<Map<String, List<String>>> parts = spread(texts, firstRoom, nextRoom);
    if (parts.size() > MessageType.MAX_MESSAGES) {
      draft.problem("sequence", "goods, documents and conditions need " + parts.size()
          + " messages; an MT700 and at most 7 MT701 carry them");
      draft.requireNoProblems();
    }

    List<String> fins = new ArrayList<>();
    MT700 mt700 = Draft.addressed(new MT700(credit.senderBic(), credit.receiverBic()), credit.senderBic());
    mt700.append(new Field27().setNumber(1).setTotal(parts.size()));
    head.forEach(mt700::append);
    parts.get(0).forEach((tag, lines) -> mt700.append(textField(tag, lines)));
    tail.forEach(mt700::append);
    fins.add(draft.finish(mt700));
    for (int i = 1; i < parts.size(); i++) {
      MT701 mt701 = Draft.addressed(new MT701(credit.senderBic(), credit.receiverBic()), credit.senderBic());
      mt701.append(new Field27().setNumber(i + 1).setTotal(parts.size()));
      mt701.append(new Field20().setReference(credit.creditNumber()));
      parts.get(i).forEach((tag, lines) -> mt701.append(textField(tag, lines)));
      fins.add(draft.finish(mt701));
    }
    return fins;
  }

  /** The MT700 fields before 45A, in the order of the standard; a missing value leaves its field out. */
  private static List<Field> head(DocumentaryCredit credit, Draft draft) {
    List<Field> fields = new ArrayList<>();
    add(fields, credit.formOfCredit(), value -> new Field40A().setType(value));
    add(fields, credit.creditNumber(), value -> new Field20().setReference(value));
    add(fields, credit.issueDate(), date -> new Field31C().setDate(Draft.date(date)));
    add(fields, credit.applicableRules(), Field40E::new);
    if (credit.expiryDate() != null || credit.expiryPlace() != null) {
      List<String> place = draft.text("31D", credit.expiryPlace(), 1, 29, 'x');
      if (credit.expiryDate() == null || place.isEmpty()) {
        draft.problem("31D", "the date and the place of expiry go together");
      } else {
        fields.add(new Field31D().setDate(Draft.date(credit.expiryDate())).setPlace(place.get(0)));
      }
    }
    List<String> applicant = draft.text("50", credit.applicant(), 4, 35, 'x');
    add(fields, applicant, lines -> new Field50().setNameAndAddress(Draft.value(lines)));
    List<String> beneficiary = draft.text("59", credit.beneficiary(), 4, 35, 'x');
    if (!beneficiary.isEmpty()) {
      Field59 field59 = new Field59().setNameAndAddress(Draft.value(beneficiary));
      if (credit.beneficiaryAccount() != null) {
        field59.setAccount(credit.beneficiaryAccount());
      }
      fields.add(field59);
    }
    if (credit.currency() != null && credit.amount() != null) {
      fields.add(new Field32B().setCurrency(credit.currency()).setAmount(credit.amount()));
    }
    tolerance(credit, draft, fields);
    availability(credit, draft, fields);
    add(fields, credit.partialShipments(), value -> new Field43P().setCode(value));
    add(fields, credit.transhipment(), value -> new Field43T().setCode(value));
    add(fields, draft.text("44A", credit.placeOfTakingInCharge(), 1, 140, 'z'),
        lines -> new Field44A().setNarrative(lines.get(0)));
    add(fields, draft.text("44E", credit.portOfLoading(), 1, 140, 'z'),
        lines -> new Field44E().setNarrative(lines.get(0)));
    add(fields, draft.text("44F", credit.portOfDischarge(), 1, 140, 'z'),
        lines -> new Field44F().setNarrative(lines.get(0)));
    add(fields, draft.text("44B", credit.placeOfFinalDestination(), 1, 140, 'z'),
        lines -> new Field44B().setNarrative(lines.get(0)));
    add(fields, credit.latestShipmentDate(), date -> new Field44C().setDate(Draft.date(date)));
    return fields;
  }

  /** 39A: both percentages or none, 0 to 99 each. */
  private static void tolerance(DocumentaryCredit credit, Draft draft, List<Field> fields) {
    Integer plus = credit.tolerancePlus();
    Integer minus = credit.toleranceMinus();
    if (plus == null && minus == null) {
      return;
    }
    if (plus == null || minus == null || plus < 0 || plus > 99 || minus < 0 || minus > 99) {
      draft.problem("39A", "the tolerance needs both percentages, plus and minus, each 0 to 99");
      return;
    }
    fields.add(new Field39A().setTolerance1(plus).setTolerance2(minus));
  }

  /** 41a available with a bank (41A) or a name (41D), and the drafts (42C with 42a) or deferred payment (42P). */
  private static void availability(DocumentaryCredit credit, Draft draft, List<Field> fields) {
    if (credit.availableWith() != null) {
      if (SwiftRules.isBic(credit.availableWith())) {
        fields.add(new Field41A().setIdentifierCode(credit.availableWith()).setCode(credit.availableBy()));
      } else {
        List<String> name = draft.text("41D", credit.availableWith(), 4, 35, 'x');
        fields.add(new Field41D().setNameAndAddress(Draft.value(name)).setCode(credit.availableBy()));
      }
    }
    add(fields, draft.text("42C", credit.draftsAt(), 3, 35, 'x'),
        lines -> new Field42C().setNarrative(Draft.value(lines)));
    if (credit.drawee() != null) {
      if (SwiftRules.isBic(credit.drawee())) {
        fields.add(new Field42A().setIdentifierCode(credit.drawee()));
      } else {
        List<String> name = draft.text("42D", credit.drawee(), 4, 35, 'x');
        fields.add(new Field42D().setNameAndAddress(Draft.value(name)));
      }
    }
    add(fields, draft.text("42P", credit.deferredPaymentDetails(), 4, 35, 'x'),
        lines -> new Field42P().setNarrative(Draft.value(lines)));
  }

  /** The MT700 fields after 47A, in the order of the standard. */
  private static List<Field> tail(DocumentaryCredit credit, Draft draft) {
    List<Field> fields = new ArrayList<>();
    add(fields, draft.text("71D", credit.charges(), 6, 35, 'z'),
        lines -> new Field71D().setNarrative(Draft.value(lines)));
    presentation(credit, draft, fields);
    add(fields, credit.confirmation(), value -> new Field49().setInstruction(value));
    add(fields, draft.text("78", credit.instructionsToBank(), 12, 65, 'x'),
        lines -> new Field78().setNarrative(Draft.value(lines)));
    add(fields, draft.text("72Z", credit.senderToReceiver(), 6, 35, 'z'),
        lines -> new Field72Z().setNarrative(Draft.value(lines)));
    return fields;
  }

  /** 48: days (0 to 999), and words only with days. */
  private static void presentation(DocumentaryCredit credit, Draft draft, List<Field> fields) {
    Integer days = credit.presentationDays();
    List<String> words = draft.text("48", credit.presentationNarrative(), 1, 35, 'x');
    if (days == null) {
      if (!words.isEmpty()) {
        draft.problem("48", "words on the period for presentation need its days");
      }
      return;
    }
    if (days < 0 || days > 999) {
      draft.problem("48", "the period for presentation is 0 to 999 days, not " + days);
      return;
    }
    Field48 field48 = new Field48().setDays(days);
    if (!words.isEmpty()) {
      field48.setNarrative(words.get(0));
    }
    fields.add(field48);
  }

  /**
   * Spreads the texts, in order, over the MT700 and as many MT701 as needed: each message takes as many lines as its
   * room and 100 lines per field allow, and a text that does not end in one message continues in the next.
   */
  private static List<Map<String, List<String>>> spread(Map<String, List<String>> texts, int firstRoom,
      int nextRoom) {
    List<Map<String, List<String>>> parts = new ArrayList<>();
    parts.add(new LinkedHashMap<>());
    int room = firstRoom;
    for (Map.Entry<String, List<String>> text : texts.entrySet()) {
      List<String> lines = text.getValue();
      int from = 0;
      while (from < lines.size()) {
        int size = text.getKey().length() + 2;
        int to = from;
        while (to < lines.size() && to - from < TEXT_LINES && size + lines.get(to).length() + 2 <= room) {
          size += lines.get(to).length() + 2;
          to++;
        }
        if (to > from) {
          parts.get(parts.size() - 1).put(text.getKey(), List.copyOf(lines.subList(from, to)));
          room -= size;
          from = to;
        }
        if (from < lines.size()) {
          parts.add(new LinkedHashMap<>());
          room = nextRoom;
        }
      }
    }
    return parts;
  }

  private static Field textField(String tag, List<String> lines) {
    String value = Draft.value(lines);
    return switch (tag) {
      case "45A" -> new Field45A().setNarrative(value);
      case "46A" -> new Field46A().setNarrative(value);
      case "47A" -> new Field47A().setNarrative(value);
      default -> throw new IllegalArgumentException("Not a text field of MT700/MT701: " + tag);
    };
  }

  /** The room a message has for fields besides 27: the text block's limit less 27 and the closing '-'. */
  private static int room(Field27 sequence) {
    return MessageType.MAX_TEXT - 1 - MessageType.size(sequence.getName(), sequence.getValue());
  }

  private static int size(Field field) {
    return MessageType.size(field.getName(), field.getValue());
  }

  private static int size(List<Field> fields) {
    return fields.stream().mapToInt(CreditMessages::size).sum();
  }

  private static <T> void add(List<Field> fields, T value, Function<T, Field> field) {
    if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
      fields.add(field.apply(value));
    }
  }

  /** Reads an MT700 and its MT701 continuations, in the order of their 27. */
  static DocumentaryCredit read(List<String> fins) {
    if (fins == null || fins.isEmpty()) {
      throw new SwiftMessageException(List.of(new SwiftProblem("message", "no MT700 given")));
    }
    List<ReceivedFin> messages = new ArrayList<>();
    List<SwiftProblem> problems = new ArrayList<>();
    for (int i = 0; i < fins.size(); i++) {
      ReceivedFin message = ReceivedFin.parse(fins.get(i));
      MessageType expected = i == 0 ? MessageType.MT700 : MessageType.MT701;
      List<SwiftProblem> found = new ArrayList<>(message.problemsAs(expected));
      if (message.type() == expected) {
        found.addAll(message.notCarried(i == 0 ? CARRIED_BY_MT700 : CARRIED_BY_MT701, "DocumentaryCredit"));
      }
      String where = fins.size() == 1 ? "" : "in message " + (i + 1) + " (" + expected + "): ";
      found.forEach(problem -> problems.add(new SwiftProblem(problem.tag(), where + problem.message())));
      messages.add(message);
    }
    if (problems.isEmpty()) {
      problems.addAll(setProblems(messages));
    }
    if (!problems.isEmpty()) {
      throw new SwiftMessageException(problems);
    }
    return credit(messages);
  }

  /** 27 and 20 tie the set together; goods and documents are where the set has them. */
  private static List<SwiftProblem> setProblems(List<ReceivedFin> messages) {
    List<SwiftProblem> problems = new ArrayList<>();
    ReceivedFin mt700 = messages.get(0);
    int total = mt700.value("27").charAt(2) - '0';
    if (total != messages.size()) {
      problems.add(new SwiftProblem("27", messages.size() == 1
          ? "the MT700 is message 1 of " + total + ": read it with its MT701 continuations"
          : "the MT700 announces " + total + " messages, " + messages.size() + " are given"));
      return problems;
    }
    for (int i = 1; i < messages.size(); i++) {
      ReceivedFin mt701 = messages.get(i);
      String expected = (i + 1) + "/" + total;
      if (!expected.equals(mt701.value("27"))) {
        problems.add(new SwiftProblem("27", "message " + (i + 1) + " is numbered " + mt701.value("27")
            + ", not " + expected));
      }
      if (!mt700.value("20").equals(mt701.value("20"))) {
        problems.add(new SwiftProblem("20", "message " + (i + 1) + " continues credit " + mt701.value("20")
            + ", not " + mt700.value("20")));
      }
    }
    for (String drawee : List.of("42A", "42D")) {
      if (mt700.has(drawee) && mt700.lines(drawee).get(0).startsWith("/")) {
        problems.add(new SwiftProblem(drawee, "the drawee's party identifier is not carried by the engine's"
            + " DocumentaryCredit; reading the message would lose it"));
      }
    }
    if (messages.stream().noneMatch(message -> message.has("45A"))) {
      problems.add(new SwiftProblem("45A", "the credit describes no goods or services"));
    }
    if (messages.stream().noneMatch(message -> message.has("46A"))) {
      problems.add(new SwiftProblem("46A", "the credit names no documents required"));
    }
    return problems;
  }

  private static DocumentaryCredit credit(List<ReceivedFin> messages) {
    ReceivedFin m = messages.get(0);
    String expiry = m.value("31D");
    List<String> beneficiary = m.lines("59");
    String account = beneficiary.get(0).startsWith("/") ? beneficiary.get(0).substring(1) : null;
    String currency = m.value("32B").substring(0, 3);
    String tolerance = m.value("39A");
    String[] percentages = tolerance == null ? null : tolerance.split("/");
    List<String> availableWith = m.has("41A") ? m.lines("41A") : m.lines("41D");
    String presentation = m.value("48");
    String[] period = presentation == null ? null : presentation.split("/", 2);
    return new DocumentaryCredit(
        m.senderBic(), m.receiverBic(),
        m.value("20"),
        FieldFormats.date(m.value("31C")),
        m.value("40A"),
        m.value("40E"),
        FieldFormats.date(expiry.substring(0, 6)), expiry.substring(6),
        m.value("50"),
        account,
        Texts.plain(beneficiary.subList(account == null ? 0 : 1, beneficiary.size())),
        currency, Money.exact(new Field32B(m.value("32B")).getAmountAsBigDecimal(), currency),
        percentages == null ? null : Integer.valueOf(percentages[0]),
        percentages == null ? null : Integer.valueOf(percentages[1]),
        Texts.plain(availableWith.subList(0, availableWith.size() - 1)),
        availableWith.get(availableWith.size() - 1),
        m.value("42C"),
        m.has("42A") ? m.value("42A") : m.value("42D"),
        m.value("42P"),
        m.value("43P"),
        m.value("43T"),
        m.value("44A"), m.value("44E"), m.value("44F"), m.value("44B"),
        FieldFormats.date(m.value("44C")),
        text(messages, "45A"), text(messages, "46A"), text(messages, "47A"),
        m.value("71D"),
        period == null ? null : Integer.valueOf(period[0]),
        period == null || period.length == 1 ? null : period[1],
        m.value("49"),
        m.value("78"),
        m.value("72Z"));
  }

  /** A text field's lines over the whole set, in order. */
  private static String text(List<ReceivedFin> messages, String tag) {
    List<String> lines = new ArrayList<>();
    messages.forEach(message -> lines.addAll(message.lines(tag)));
    return Texts.plain(lines);
  }
}
