package com.scfengine.lettersofcredit;

import com.scfengine.lettersofcredit.RequiredDocuments.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The automated first pass of a documentary examination: what a machine can see from the credit and the presentation
 * — presented late or after expiry, an amount over what is available (with the credit's tolerance, UCP 600 Art. 30),
 * shipped after the latest date, a required document missing or short of originals. The examiner confirms or
 * dismisses each finding and adds what only a person sees.
 */
final class FirstPass {

  /** The kinds of finding, each shown on its own line of the examination form. */
  enum Kind {
    LATE_PRESENTATION("LatePresentation"), AFTER_EXPIRY("AfterExpiry"), OVER_AMOUNT("OverAmount"),
    LATE_SHIPMENT("LateShipment"), DOCUMENTS("Documents");

    /** The suffix of the form's variables: {@code finding<Suffix>} and {@code confirm<Suffix>}. */
    final String suffix;

    Kind(String suffix) {
      this.suffix = suffix;
    }
  }

  record Finding(Kind kind, String text) {}

  /** One presented document: type and how many originals and copies. */
  record Presented(Type type, int originals, int copies) {

    /** As the presentation record keeps it: {@code TYPE originals/copies}. */
    String line() {
      return type + " " + originals + "/" + copies;
    }

    static Presented parse(String line) {
      String[] parts = line.trim().split(" ");
      String[] counts = parts[1].split("/");
      return new Presented(Type.valueOf(parts[0]), Integer.parseInt(counts[0]), Integer.parseInt(counts[1]));
    }
  }

  private FirstPass() {}

  /**
   * {@code available} is what the credit still has for this presentation: what is left to draw, less what the
   * presentations still in hand (examined, waived, accepted, forwarded, not yet paid) will draw.
   */
  static List<Finding> examine(LetterOfCredit credit, LcPresentation presentation, LocalDate effectiveExpiry,
      BigDecimal available) {
    List<Finding> findings = new ArrayList<>();
    String currency = credit.getCurrency();
    if (presentation.getPresentedOn().isAfter(effectiveExpiry)) {
      findings.add(new Finding(Kind.AFTER_EXPIRY, "Presented on " + presentation.getPresentedOn()
          + ", after the credit expired on " + effectiveExpiry));
    } else if (presentation.getPresentedOn().isAfter(presentation.getLastPresentationDate())) {
      findings.add(new Finding(Kind.LATE_PRESENTATION, "Presented on " + presentation.getPresentedOn()
          + ", after the last day for presentation " + presentation.getLastPresentationDate() + " ("
          + credit.getPresentationDays() + " days after shipment on " + presentation.getShipmentDate() + ")"));
    }
    if (presentation.getInvoiceAmount().compareTo(available) > 0) {
      findings.add(new Finding(Kind.OVER_AMOUNT, "Drawing " + currency + " "
          + presentation.getInvoiceAmount().toPlainString() + " exceeds the " + currency + " "
          + available.toPlainString() + " available (amount " + credit.getAmount().toPlainString()
          + " plus " + credit.getTolerancePlus() + " % tolerance, less "
          + credit.maximum().subtract(available).toPlainString() + " drawn or presented)"));
    }
    if (credit.getLatestShipmentDate() != null && presentation.getShipmentDate().isAfter(credit.getLatestShipmentDate())) {
      findings.add(new Finding(Kind.LATE_SHIPMENT, "Shipped on " + presentation.getShipmentDate()
          + ", after the latest shipment date " + credit.getLatestShipmentDate()));
    }
    Map<Type, Presented> presented = new EnumMap<>(Type.class);
    for (String line : presentation.getDocuments().split("\n")) {
      Presented document = Presented.parse(line);
      presented.merge(document.type(), document, (a, b) ->
          new Presented(a.type(), a.originals() + b.originals(), a.copies() + b.copies()));
    }
    List<String> documentProblems = new ArrayList<>();
    for (RequiredDocuments.Required required : RequiredDocuments.of(credit.getDocumentsRequired())) {
      Presented document = presented.get(required.type());
      if (document == null) {
        documentProblems.add(name(required.type()) + " missing");
      } else if (document.originals() < required.originals()) {
        documentProblems.add(name(required.type()) + " in " + document.originals() + " original(s), "
            + required.originals() + " required");
      }
    }
    if (!documentProblems.isEmpty()) {
      findings.add(new Finding(Kind.DOCUMENTS, String.join("; ", documentProblems)));
    }
    return findings;
  }

  private static String name(Type type) {
    String words = type.name().replace('_', ' ').toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
