package com.scfengine.lettersofcredit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads field 46A — the documents a credit requires, one per line, in the words banks use — into document types and
 * the originals each needs, for the first pass of the examination: "SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS",
 * "FULL SET OF CLEAN ON BOARD BILLS OF LADING", "INSURANCE POLICY IN DUPLICATE". A line naming no known type is
 * left to the examiner.
 */
final class RequiredDocuments {

  /** The document types a presentation lists. */
  enum Type {
    COMMERCIAL_INVOICE, BILL_OF_LADING, AIR_WAYBILL, INSURANCE, CERTIFICATE_OF_ORIGIN, PACKING_LIST,
    INSPECTION_CERTIFICATE, DRAFT, OTHER
  }

  record Required(Type type, int originals, String line) {}

  /** A full set of bills of lading is usually three originals. */
  static final int FULL_SET = 3;

  private static final Map<Type, Pattern> NAMES = Map.of(
      Type.COMMERCIAL_INVOICE, Pattern.compile("\\bINVOICE"),
      Type.BILL_OF_LADING, Pattern.compile("BILLS? OF LADING|\\bB/L\\b"),
      Type.AIR_WAYBILL, Pattern.compile("AIR ?WAYBILL|\\bAWB\\b"),
      Type.INSURANCE, Pattern.compile("\\bINSURANCE"),
      Type.CERTIFICATE_OF_ORIGIN, Pattern.compile("CERTIFICATE OF ORIGIN"),
      Type.PACKING_LIST, Pattern.compile("PACKING LIST"),
      Type.INSPECTION_CERTIFICATE, Pattern.compile("INSPECTION CERTIFICATE"),
      Type.DRAFT, Pattern.compile("\\bDRAFTS?\\b|BILL OF EXCHANGE"));

  private static final Pattern ORIGINALS = Pattern.compile("(\\d+) (?:ORIGINALS?|FOLD)");
  private static final Map<String, Integer> WORDS = Map.of("DUPLICATE", 2, "TRIPLICATE", 3, "QUADRUPLICATE", 4);

  private RequiredDocuments() {}

  static List<Required> of(String documentsRequired) {
    List<Required> required = new ArrayList<>();
    if (documentsRequired == null) {
      return required;
    }
    for (String line : documentsRequired.split("\n")) {
      String text = line.strip().toUpperCase(Locale.ROOT);
      if (text.isEmpty()) {
        continue;
      }
      Type type = typeOf(text);
      if (type != Type.OTHER) {
        required.add(new Required(type, originals(text), line.strip()));
      }
    }
    return required;
  }

  private static Type typeOf(String text) {
    // the first type named on the line: "CERTIFICATE OF ORIGIN ... INVOICE NUMBER" is a certificate of origin
    Type first = Type.OTHER;
    int at = Integer.MAX_VALUE;
    for (var name : NAMES.entrySet()) {
      Matcher found = name.getValue().matcher(text);
      if (found.find() && found.start() < at) {
        at = found.start();
        first = name.getKey();
      }
    }
    return first;
  }

  private static int originals(String text) {
    Matcher count = ORIGINALS.matcher(text);
    if (count.find()) {
      return Integer.parseInt(count.group(1));
    }
    for (var word : WORDS.entrySet()) {
      if (text.contains(word.getKey())) {
        return word.getValue();
      }
    }
    return text.contains("FULL SET") ? FULL_SET : 1;
  }
}
