package com.scfengine.swift;

/**
 * One problem with a message or a value: the SWIFT field tag (e.g. {@code "45A"}, {@code "32B"}), or for problems
 * of the whole message {@code "block 1"} / {@code "block 2"} (the headers), {@code "27"} / {@code "sequence"} (the
 * structure) and {@code "message"} (a text that is not a FIN message at all), and what is wrong.
 *
 * @param tag the field tag or part of the message
 * @param message what is wrong, in words
 */
public record SwiftProblem(String tag, String message) {

  @Override
  public String toString() {
    return tag + ": " + message;
  }
}
