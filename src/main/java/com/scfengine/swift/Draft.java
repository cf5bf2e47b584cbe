package com.scfengine.swift;

import com.prowidesoftware.swift.model.LogicalTerminalAddress;
import com.prowidesoftware.swift.model.mt.AbstractMT;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A message being written: the record's values turned into SWIFT lines with the problems they have, and the check of
 * the finished FIN text. The engine must never send a message the network would refuse, so a problem at either step
 * is an {@link IllegalStateException} (its cause a {@link SwiftMessageException} with the problems).
 */
final class Draft {

  /** The terminal code the engine's own logical terminal address carries after its BIC8. */
  private static final char TERMINAL = 'A';

  private final String what;
  private final List<SwiftProblem> problems = new ArrayList<>();

  /** A draft of, e.g., "MT707 amendment 2 of credit LC-1". */
  Draft(String what) {
    this.what = what;
  }

  void problem(String tag, String message) {
    problems.add(new SwiftProblem(tag, message));
  }

  /** The sender's (block 1) and receiver's (block 2) BICs must be BICs. */
  void addresses(String senderBic, String receiverBic) {
    if (!SwiftRules.isBic(senderBic)) {
      problem("block 1", "sender " + Texts.quoted(senderBic) + " is not a BIC8 or BIC11");
    }
    if (!SwiftRules.isBic(receiverBic)) {
      problem("block 2", "receiver " + Texts.quoted(receiverBic) + " is not a BIC8 or BIC11");
    }
  }

  /**
   * Plain text as the lines of a field of maxLines x width in the charset: wrapped at word boundaries, except for a
   * one-line field, which is taken as it is. Empty for a missing or blank text (a missing mandatory field is found
   * by the final check).
   */
  List<String> text(String tag, String text, int maxLines, int width, char charset) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> lines = maxLines == 1 ? Texts.finLines(text) : Texts.wrap(text, width);
    return checked(tag, lines, maxLines, width, charset);
  }

  /** Lines made by the caller, checked for a field of maxLines x width in the charset. */
  List<String> checked(String tag, List<String> lines, int maxLines, int width, char charset) {
    Texts.problems(lines, maxLines, width, charset).forEach(problem -> problem(tag, problem));
    return lines;
  }

  /** Stops before anything is built when the values had problems. */
  void requireNoProblems() {
    if (!problems.isEmpty()) {
      throw refused(problems);
    }
  }

  /** The message's headers: the engine's own address with its terminal code, the receiver's from the message. */
  static <T extends AbstractMT> T addressed(T mt, String senderBic) {
    LogicalTerminalAddress sender = new LogicalTerminalAddress(senderBic);
    sender.setLTIdentifier(TERMINAL);
    mt.getSwiftMessage().getBlock1().setLogicalTerminal(sender.getSenderLogicalTerminalAddress());
    return mt;
  }

  /** The FIN text of the finished message, once {@link SwiftRules} finds nothing wrong with it. */
  String finish(AbstractMT mt) {
    String fin = mt.message();
    List<SwiftProblem> found = SwiftRules.check(fin);
    if (!found.isEmpty()) {
      throw refused(found);
    }
    return fin;
  }

  private IllegalStateException refused(List<SwiftProblem> found) {
    SwiftMessageException cause = new SwiftMessageException(found);
    return new IllegalStateException("The " + what + " is not written: " + cause.getMessage(), cause);
  }

  /** A date as FIN has it: YYMMDD. */
  static String date(LocalDate date) {
    return date.format(FieldFormats.DATE);
  }

  /** Lines as one FIN field value. */
  static String value(List<String> lines) {
    return String.join("\r\n", lines);
  }
}
