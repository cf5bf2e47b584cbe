package com.scfengine.swift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SWIFT character sets and lines: which characters the x and z sets hold, how plain text is wrapped into lines, and
 * whether lines fit a field's lines x width.
 */
final class Texts {

  /** The x set besides letters and digits; CR and LF only separate lines. */
  private static final String X_MARKS = "/-?:().,'+ ";

  /** What the z set adds to the x set. */
  private static final String Z_MARKS = "=!\"%&*<>;{@#_";

  /** A FIN line must not start with these: the network would read a new field or the end of the block. */
  static final String NEVER_AT_LINE_START = ":-";

  private Texts() {}

  static boolean isX(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || X_MARKS.indexOf(c) >= 0;
  }

  static boolean isZ(char c) {
    return isX(c) || Z_MARKS.indexOf(c) >= 0;
  }

  static boolean inCharset(char c, char charset) {
    return charset == 'z' ? isZ(c) : isX(c);
  }

  /** The lines of a FIN field value (CRLF or LF between lines). */
  static List<String> finLines(String value) {
    return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split("\r?\n", -1));
  }

  /** A value as a problem quotes it: in quotes, cut to 40 characters and an ellipsis (a message may carry anything). */
  static String quoted(String value) {
    String text = String.valueOf(value);
    return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
  }

  /** Lines as plain text: joined with LF. */
  static String plain(List<String> lines) {
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  /**
   * Plain text wrapped to lines of at most {@code width} characters: given line breaks are kept, empty lines dropped
   * (FIN has none), long lines broken at the last space that fits (not before a ':' or '-', which must not start a
   * line), and a word longer than a line split hard.
   */
  static List<String> wrap(String text, int width) {
    return wrap(text, width, width, NEVER_AT_LINE_START);
  }

  /**
   * Like {@link #wrap(String, int)}, with a first line of {@code firstWidth} (room for a code before it) and
   * {@code avoid} naming the characters a continuation line should not start with.
   */
  static List<String> wrap(String text, int firstWidth, int width, String avoid) {
    List<String> lines = new ArrayList<>();
    if (text == null) {
      return lines;
    }
    for (String given : text.split("\r?\n")) {
      String rest = given.stripTrailing();
      while (!rest.isEmpty()) {
        int room = lines.isEmpty() ? firstWidth : width;
        if (rest.length() <= room) {
          lines.add(rest);
          break;
        }
        int cut = breakPoint(rest, room, avoid);
        lines.add(rest.substring(0, cut).stripTrailing());
        rest = rest.substring(cut).stripLeading();
      }
    }
    return lines;
  }

  private static int breakPoint(String line, int room, String avoid) {
    for (int space = Math.min(room, line.length() - 1); space > 0; space--) {
      if (line.charAt(space) == ' ' && !line.substring(0, space).isBlank()) {
        String next = line.substring(space).stripLeading();
        if (!next.isEmpty() && avoid.indexOf(next.charAt(0)) < 0) {
          return space;
        }
      }
    }
    return room;
  }

  /**
   * What is wrong with lines for a field of {@code maxLines} x {@code width} in the charset ('x' or 'z'), each problem
   * once (at its first line), or an empty list.
   */
  static List<String> problems(List<String> lines, int maxLines, int width, char charset) {
    List<String> problems = new ArrayList<>();
    if (lines.isEmpty() || lines.stream().allMatch(String::isBlank)) {
      problems.add("is empty");
      return problems;
    }
    if (lines.size() > maxLines) {
      problems.add("has " + lines.size() + " lines, at most " + maxLines + " allowed");
    }
    boolean tooLong = false;
    boolean outside = false;
    boolean badStart = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = lines.size() == 1 ? "" : "line " + (i + 1) + " ";
      if (!tooLong && line.length() > width) {
        problems.add(where + "has " + line.length() + " characters, at most " + width + " allowed");
        tooLong = true;
      }
      String bad = firstOutside(line, charset);
      if (!outside && bad != null) {
        problems.add(where + "has " + bad + ", which is outside the SWIFT " + charset + " character set");
        outside = true;
      }
      if (!badStart && !line.isEmpty() && NEVER_AT_LINE_START.indexOf(line.charAt(0)) >= 0) {
        problems.add(where + "starts with '" + line.charAt(0) + "', which no FIN line may");
        badStart = true;
      }
    }
    return problems;
  }

  /** The first character outside the charset, quoted for a message, or null. */
  static String firstOutside(String text, char charset) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!inCharset(c, charset) && c != '\r' && c != '\n') {
        return c < 128 && c >= 32 ? "'" + c + "'" : "'" + c + "' (U+" + String.format("%04X", (int) c) + ")";
      }
    }
    return null;
  }
}
