package com.scfengine.forfaiting;

import com.scfengine.common.FieldErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deal's instruments as the process carries them: one line per instrument, in the order of maturity the exporter
 * gave, {@code number; kind; face amount; issue date; maturity date} — what the start form's text area takes and
 * shows, e.g. {@code BE-2027-01; BILL_OF_EXCHANGE; 250000.00; 2026-12-01; 2027-06-30}.
 */
final class InstrumentLines {

  static final int MAX_INSTRUMENTS = 20;
  private static final Set<String> FIELDS = Set.of("number", "kind", "faceAmount", "issueDate", "maturityDate");

  record Line(String number, Instrument.Kind kind, BigDecimal faceAmount, LocalDate issueDate, LocalDate maturityDate) {
    String text() {
      return String.join("; ", number, kind.name(), faceAmount.toPlainString(), issueDate.toString(),
          maturityDate.toString());
    }
  }

  private InstrumentLines() {}

  /** The API body's instruments, every problem named {@code instruments[i].field}. */
  static List<Line> of(Object instruments, String currency, LocalDate today, FieldErrors errors) {
    if (!(instruments instanceof List<?> list) || list.isEmpty()) {
      errors.add("instruments", "must list at least one instrument");
      return List.of();
    }
    if (list.size() > MAX_INSTRUMENTS) {
      errors.add("instruments", "may list at most " + MAX_INSTRUMENTS + " instruments, one per instalment");
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "instruments[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> instrument)) {
        errors.add(at, "must be an object with number, kind, faceAmount, issueDate and maturityDate");
        continue;
      }
      instrument.keySet().stream().map(String::valueOf).filter(k -> !FIELDS.contains(k))
          .forEach(k -> errors.add(at + "." + k, "is not a field of an instrument; known fields are " + FIELDS));
      Line line = line(at, text(instrument.get("number")), text(instrument.get("kind")),
          text(instrument.get("faceAmount")), text(instrument.get("issueDate")), text(instrument.get("maturityDate")),
          currency, today, errors);
      if (line != null) {
        lines.add(line);
      }
    }
    duplicates(lines, errors);
    return lines;
  }

  /** The lines of the start form's text area (or of a process variable), problems named {@code instruments}. */
  static List<Line> parse(String text, String currency, LocalDate today, FieldErrors errors) {
    List<Line> lines = new ArrayList<>();
    String[] rows = text == null ? new String[0] : text.strip().split("\\R+");
    if (text == null || text.isBlank()) {
      errors.add("instruments", "must list at least one instrument, one per line");
      return lines;
    }
    if (rows.length > MAX_INSTRUMENTS) {
      errors.add("instruments", "may list at most " + MAX_INSTRUMENTS + " instruments, one per instalment");
    }
    for (int i = 0; i < rows.length; i++) {
      String[] cells = rows[i].split(";", -1);
      String at = "instruments[" + i + "]";
      if (cells.length != 5) {
        errors.add(at, "must read: number; kind; face amount; issue date; maturity date");
        continue;
      }
      Line line = line(at, cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip(),
          currency, today, errors);
      if (line != null) {
        lines.add(line);
      }
    }
    duplicates(lines, errors);
    return lines;
  }

  static String text(List<Line> lines) {
    return String.join("\n", lines.stream().map(Line::text).toList());
  }

  private static Line line(String at, String number, String kind, String face, String issue, String maturity,
      String currency, LocalDate today, FieldErrors errors) {
    int before = errors.all().size();
    String id = errors.reference(at + ".number", number, 35);
    Instrument.Kind type = errors.oneOf(at + ".kind", kind, Instrument.Kind.class);
    BigDecimal amount = currency == null ? null : errors.positiveAmount(at + ".faceAmount", face, currency);
    LocalDate issued = errors.date(at + ".issueDate", issue);
    LocalDate due = errors.date(at + ".maturityDate", maturity);
    if (issued != null && issued.isAfter(today)) {
      errors.add(at + ".issueDate", "must not be in the future");
    }
    if (due != null && !due.isAfter(today)) {
      errors.add(at + ".maturityDate", "must be in the future");
    }
    if (issued != null && due != null && !due.isAfter(issued)) {
      errors.add(at + ".maturityDate", "must be after the issue date");
    }
    return errors.all().size() == before && amount != null ? new Line(id, type, amount, issued, due) : null;
  }

  private static void duplicates(List<Line> lines, FieldErrors errors) {
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String key = lines.get(i).number().replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
      if (!seen.add(key)) {
        errors.add("instruments[" + i + "].number", FieldErrors.quoted(lines.get(i).number()) + " is listed twice");
      }
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
