package com.scfengine.swift;

import com.prowidesoftware.swift.model.BIC;
import java.util.List;

/**
 * The network validation rules the engine relies on, in one place (Prowide Core's free edition does not have them).
 * Per message type (MT700, MT701, MT707, MT734, MT750): the fields it may have, in their order, the mandatory ones,
 * the sequence of total (27: an MT700 is 1/n, its MT701s 2/n to n/n, at most 8) and the rules across fields (e.g.
 * MT700: drafts 42C only with a drawee 42a; MT707: an increase or a decrease, not both; MT750: charges need the
 * total 34B). Per field, the format of the SR2024 standard: references 16x not starting or ending with '/' nor
 * holding '//'; dates YYMMDD that exist; currencies ISO 4217 and amounts with a decimal comma, at most 15 characters,
 * and at most the currency's decimals; 39A 2n/2n; the code lists of 40A, 40E, 41a, 22A, 43P, 43T, 49, 77B and the
 * amendment codes; lines and widths (4*35, 6*35, 3*35, 100*65, 12*65, 6*65, 1*140, 70*50, 35*50); the x character
 * set (a-z A-Z 0-9 / - ? : ( ) . , ' + space) and the z set (x and = ! " % &amp; * &lt; &gt; ; { @ # _); no line
 * starting with ':' or '-'; BICs (Prowide's {@link BIC}: structure and ISO country) in the headers and in the
 * fields; an account that looks like an IBAN checked with Prowide's IBAN; and the text block at most 10,000
 * characters.
 *
 * <p>The helpers give the L/C application's input checks the same rules.
 */
public final class SwiftRules {

  private SwiftRules() {}

  /**
   * Every problem with a FIN text of an MT700, MT701, MT707, MT734 or MT750 (parsed with Prowide); empty when the
   * network would accept it.
   */
  public static List<SwiftProblem> check(String fin) {
    return List.copyOf(ReceivedFin.parse(fin).problems());
  }

  /** Whether every character is in the SWIFT x set (CR and LF separate lines). */
  public static boolean isXCharacters(String text) {
    return text != null && Texts.firstOutside(text, 'x') == null;
  }

  /** Whether every character is in the SWIFT z set (CR and LF separate lines). */
  public static boolean isZCharacters(String text) {
    return text != null && Texts.firstOutside(text, 'z') == null;
  }

  /** Whether the text is a BIC8 or BIC11 of the right structure with an ISO country (no directory look-up). */
  public static boolean isBic(String bic) {
    return bic != null && (bic.length() == 8 || bic.length() == 11) && new BIC(bic).isValid();
  }

  /**
   * Wraps plain text to SWIFT lines of at most width characters (at word boundaries; hard-splits longer words);
   * keeps given line breaks and drops empty lines, which FIN does not have. A break never leaves ':' or '-' at the
   * start of a line where a space elsewhere allows it.
   */
  public static List<String> lines(String text, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("A SWIFT line is at least 1 character wide, not " + width);
    }
    return List.copyOf(Texts.wrap(text, width));
  }

  /**
   * Problem message when {@code text}, wrapped by {@link #lines}, does not fit maxLines x width in the given
   * charset ('x' or 'z'), or holds a line starting with ':' or '-', else null.
   */
  public static String fits(String text, int maxLines, int width, char charset) {
    if (charset != 'x' && charset != 'z') {
      throw new IllegalArgumentException("The SWIFT character sets here are 'x' and 'z', not '" + charset + "'");
    }
    List<String> problems = Texts.problems(lines(text, width), maxLines, width, charset);
    return problems.isEmpty() ? null : "The text " + String.join("; ", problems);
  }
}
