package com.scfengine.swift;

import com.prowidesoftware.swift.model.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The letter-of-credit messages the engine writes and reads, each with its fields in the order of the SR2024
 * standard (M mandatory, O optional; {@code 41a} stands for the letter options, e.g. 41A or 41D) and the network
 * validated rules across its fields.
 */
enum MessageType {

  MT700("700", List.of(
      m("27", "Sequence of Total"), m("40A", "Form of Documentary Credit"), m("20", "Documentary Credit Number"),
      o("23", "Reference to Pre-Advice"), m("31C", "Date of Issue"), m("40E", "Applicable Rules"),
      m("31D", "Date and Place of Expiry"), o("51a", "AD", "Applicant Bank"), m("50", "Applicant"),
      m("59", "Beneficiary"), m("32B", "Currency Code, Amount"), o("39A", "Percentage Credit Amount Tolerance"),
      o("39C", "Additional Amounts Covered"), m("41a", "AD", "Available With ... By ..."), o("42C", "Drafts at ..."),
      o("42a", "AD", "Drawee"), o("42M", "Mixed Payment Details"), o("42P", "Negotiation/Deferred Payment Details"),
      o("43P", "Partial Shipments"), o("43T", "Transhipment"), o("44A", "Place of Taking in Charge"),
      o("44E", "Port of Loading"), o("44F", "Port of Discharge"), o("44B", "Place of Final Destination"),
      o("44C", "Latest Date of Shipment"), o("44D", "Shipment Period"),
      o("45A", "Description of Goods and/or Services"), o("46A", "Documents Required"),
      o("47A", "Additional Conditions"), o("49G", "Special Payment Conditions for Beneficiary"),
      o("49H", "Special Payment Conditions for Bank Only"), o("71D", "Charges"),
      o("48", "Period for Presentation in Days"), m("49", "Confirmation Instructions"),
      o("58a", "AD", "Requested Confirmation Party"), o("53a", "AD", "Reimbursing Bank"),
      o("78", "Instructions to the Paying/Accepting/Negotiating Bank"), o("57a", "ABD", "'Advise Through' Bank"),
      o("72Z", "Sender to Receiver Information"))),

  MT701("701", List.of(
      m("27", "Sequence of Total"), m("20", "Documentary Credit Number"),
      o("45A", "Description of Goods and/or Services"), o("46A", "Documents Required"),
      o("47A", "Additional Conditions"), o("49G", "Special Payment Conditions for Beneficiary"),
      o("49H", "Special Payment Conditions for Bank Only"))),

  MT707("707", List.of(
      m("27", "Sequence of Total"), m("20", "Sender's Reference"), m("21", "Receiver's Reference"),
      m("23", "Issuing Bank's Reference"), o("52a", "AD", "Issuing Bank"), o("50B", "Non-Bank Issuer"),
      m("31C", "Date of Issue"), m("26E", "Number of Amendment"), m("30", "Date of Amendment"),
      m("22A", "Purpose of Message"), o("23S", "Cancellation Request"), o("40A", "Form of Documentary Credit"),
      o("40E", "Applicable Rules"), o("31D", "Date and Place of Expiry"), o("50", "Changed Applicant Details"),
      o("59", "Beneficiary"), o("32B", "Increase of Documentary Credit Amount"),
      o("33B", "Decrease of Documentary Credit Amount"), o("39A", "Percentage Credit Amount Tolerance"),
      o("39C", "Additional Amounts Covered"), o("41a", "AD", "Available With ... By ..."),
      o("42C", "Drafts at ..."), o("42a", "AD", "Drawee"), o("42M", "Mixed Payment Details"),
      o("42P", "Negotiation/Deferred Payment Details"), o("43P", "Partial Shipments"), o("43T", "Transhipment"),
      o("44A", "Place of Taking in Charge"), o("44E", "Port of Loading"), o("44F", "Port of Discharge"),
      o("44B", "Place of Final Destination"), o("44C", "Latest Date of Shipment"), o("44D", "Shipment Period"),
      o("45B", "Description of Goods and/or Services"), o("46B", "Documents Required"),
      o("47B", "Additional Conditions"), o("49M", "Special Payment Conditions for Beneficiary"),
      o("49N", "Special Payment Conditions for Receiving Bank"), o("71D", "Charges"),
      o("71N", "Amendment Charge Payable By"), o("48", "Period for Presentation in Days"),
      o("49", "Confirmation Instructions"), o("58a", "AD", "Requested Confirmation Party"),
      o("53a", "AD", "Reimbursing Bank"), o("78", "Instructions to the Paying/Accepting/Negotiating Bank"),
      o("57a", "ABD", "'Advise Through' Bank"), o("72Z", "Sender to Receiver Information"))),

  MT734("734", List.of(
      m("20", "Sender's TRN"), m("21", "Presenting Bank's Reference"), m("32A", "Date and Amount of Utilisation"),
      o("73A", "Charges Claimed"), o("33a", "AB", "Total Amount Claimed"), o("57a", "ABD", "Account With Bank"),
      o("72Z", "Sender to Receiver Information"), m("77J", "Discrepancies"), m("77B", "Disposal of Documents"))),

  MT750("750", List.of(
      m("20", "Sender's Reference"), m("21", "Related Reference"), m("32B", "Principal Amount"),
      o("33B", "Additional Amount"), o("71D", "Charges to be Deducted"), o("73A", "Charges to be Added"),
      o("34B", "Total Amount to be Paid"), o("57a", "ABD", "Account With Bank"),
      o("72Z", "Sender to Receiver Information"), m("77J", "Discrepancies")));

  /** The most characters a message's text block (block 4) may have. */
  static final int MAX_TEXT = 10_000;

  /** At most seven MT701 continue an MT700, and at most seven MT708 an MT707. */
  static final int MAX_MESSAGES = 8;

  /** One field of a message: its tag ({@code 41a} for letter options), the options, whether it must be there. */
  record FieldSpec(String tag, String options, boolean mandatory, String name) {

    boolean matches(String actual) {
      if (options.isEmpty()) {
        return tag.equals(actual);
      }
      String number = tag.substring(0, tag.length() - 1);
      return actual.length() == tag.length() && actual.startsWith(number)
          && options.indexOf(actual.charAt(actual.length() - 1)) >= 0;
    }
  }

  private final String number;
  private final List<FieldSpec> fields;

  MessageType(String number, List<FieldSpec> fields) {
    this.number = number;
    this.fields = fields;
  }

  /** The message type of a number such as "700", if the engine handles it. */
  static Optional<MessageType> of(String number) {
    return Arrays.stream(values()).filter(type -> type.number.equals(number)).findFirst();
  }

  String number() {
    return number;
  }

  @Override
  public String toString() {
    return "MT" + number;
  }

  /** The characters a field takes in the text block: {@code :tag:value} and CRLF after each line. */
  static int size(String tag, String value) {
    return tag.length() + 2 + Texts.finLines(value).stream().mapToInt(line -> line.length() + 2).sum();
  }

  /**
   * What is wrong with the text block of a message of this type: fields that do not belong, repeat or stand out of
   * order, missing mandatory fields, each field's format, the network validated rules and the size.
   */
  List<SwiftProblem> check(List<Tag> tags) {
    List<SwiftProblem> problems = new ArrayList<>();
    Map<String, String> present = new HashMap<>();
    int lastPosition = -1;
    String lastTag = null;
    int size = 1;
    for (Tag tag : tags) {
      String name = tag.getName();
      String value = tag.getValue() == null ? "" : tag.getValue();
      size += size(name, value);
      int position = position(name);
      if (position < 0) {
        problems.add(new SwiftProblem(name, "is not a field of " + this));
        continue;
      }
      String spec = fields.get(position).tag();
      if (present.containsKey(spec)) {
        problems.add(new SwiftProblem(name, "appears more than once; " + this + " has it once at most"));
        continue;
      }
      if (position < lastPosition) {
        problems.add(new SwiftProblem("sequence", "field " + name + " stands after field " + lastTag + "; " + this
            + " has it before"));
      } else {
        lastPosition = position;
        lastTag = name;
      }
      present.put(spec, value);
      present.put(name, value);
      FieldFormats.check(name, value).forEach(problem -> problems.add(new SwiftProblem(name, problem)));
    }
    for (FieldSpec field : fields) {
      if (field.mandatory() && !present.containsKey(field.tag())) {
        problems.add(new SwiftProblem(field.tag(), "mandatory field " + field.tag() + " (" + field.name()
            + ") is missing"));
      }
    }
    sequenceOfTotal(present.get("27"), problems);
    networkRules(present, problems);
    if (size > MAX_TEXT) {
      problems.add(new SwiftProblem("message", "the text block has " + size + " characters, at most " + MAX_TEXT
          + " allowed"));
    }
    return problems;
  }

  private int position(String tag) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).matches(tag)) {
        return i;
      }
    }
    return -1;
  }

  /** 27: an MT700 or MT707 is message 1, an MT701 message 2 to 8, of at most 8. */
  private void sequenceOfTotal(String value, List<SwiftProblem> problems) {
    if (value == null || !value.matches("\\d/\\d")) {
      return;
    }
    int messageNumber = value.charAt(0) - '0';
    int total = value.charAt(2) - '0';
    boolean first = this == MT700 || this == MT707;
    if (first && messageNumber != 1) {
      problems.add(new SwiftProblem("27", this + " is message 1 of its set, not " + messageNumber));
    }
    if (this == MT701 && (messageNumber < 2 || messageNumber > total)) {
      problems.add(new SwiftProblem("27", "an MT701 is message 2 to " + total + " of its set, not " + messageNumber));
    }
    if (total < (first ? 1 : 2) || total > MAX_MESSAGES) {
      problems.add(new SwiftProblem("27", "a set has " + (first ? 1 : 2) + " to " + MAX_MESSAGES
          + " messages, not " + total));
    }
  }

  private void networkRules(Map<String, String> present, List<SwiftProblem> problems) {
    switch (this) {
      case MT700 -> {
        paymentTerms(present, problems);
        notBoth(present, "44C", "44D", "a latest date of shipment (44C) or a shipment period (44D)", problems);
      }
      case MT707 -> {
        notBoth(present, "32B", "33B", "an increase (32B) or a decrease (33B)", problems);
        notBoth(present, "44C", "44D", "a latest date of shipment (44C) or a shipment period (44D)", problems);
        notBoth(present, "52a", "50B", "an issuing bank (52a) or a non-bank issuer (50B)", problems);
      }
      case MT734 -> {
        if (present.containsKey("73A") && !present.containsKey("33a")) {
          problems.add(new SwiftProblem("33a", "charges claimed (73A) need the total amount claimed (33a)"));
        }
        sameCurrency(present, "32A", "33a", problems);
      }
      case MT750 -> {
        if (!present.containsKey("34B")
            && (present.containsKey("33B") || present.containsKey("71D") || present.containsKey("73A"))) {
          problems.add(new SwiftProblem("34B",
              "additional amounts (33B) or charges (71D, 73A) need the total amount to be paid (34B)"));
        }
        sameCurrency(present, "32B", "34B", problems);
      }
      case MT701 -> { }
    }
  }

  /** MT700 C1 and C2: drafts at (42C) and drawee (42a) together, and only one kind of payment details. */
  private static void paymentTerms(Map<String, String> present, List<SwiftProblem> problems) {
    boolean drafts = present.containsKey("42C");
    boolean drawee = present.containsKey("42a");
    if (drafts && !drawee) {
      problems.add(new SwiftProblem("42a", "drafts (42C) need a drawee (42a)"));
    }
    if (drawee && !drafts) {
      problems.add(new SwiftProblem("42C", "a drawee (42a) needs the tenor of the drafts (42C)"));
    }
    int kinds = (drafts || drawee ? 1 : 0) + (present.containsKey("42M") ? 1 : 0)
        + (present.containsKey("42P") ? 1 : 0);
    if (kinds > 1) {
      problems.add(new SwiftProblem(present.containsKey("42P") ? "42P" : "42M", "only one of drafts (42C with 42a),"
          + " mixed payment details (42M) or negotiation/deferred payment details (42P) may be given"));
    }
  }

  private static void notBoth(Map<String, String> present, String one, String other, String what,
      List<SwiftProblem> problems) {
    if (present.containsKey(one) && present.containsKey(other)) {
      problems.add(new SwiftProblem(other, "either " + what + ", not both"));
    }
  }

  private static void sameCurrency(Map<String, String> present, String one, String other,
      List<SwiftProblem> problems) {
    String first = currency(present.get(one));
    String second = currency(present.get(other));
    if (first != null && second != null && !first.equals(second)) {
      problems.add(new SwiftProblem(other, "currency " + second + " differs from " + first + " in " + one));
    }
  }

  /** The currency of a 32A/33A (after the date) or 32B/33B/34B value. */
  private static String currency(String value) {
    if (value == null) {
      return null;
    }
    String rest = value.length() > 6 && Character.isDigit(value.charAt(0)) ? value.substring(6) : value;
    return rest.length() >= 3 ? rest.substring(0, 3) : null;
  }

  private static FieldSpec m(String tag, String name) {
    return new FieldSpec(tag, "", true, name);
  }

  private static FieldSpec o(String tag, String name) {
    return new FieldSpec(tag, "", false, name);
  }

  private static FieldSpec m(String tag, String options, String name) {
    return new FieldSpec(tag, options, true, name);
  }

  private static FieldSpec o(String tag, String options, String name) {
    return new FieldSpec(tag, options, false, name);
  }
}
