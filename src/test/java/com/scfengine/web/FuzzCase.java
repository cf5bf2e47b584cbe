package com.scfengine.web;

import java.nio.charset.StandardCharsets;

/**
 * One request of the fuzz pass: what is sent, as whom, and what the answer must be besides a 4xx problem+json.
 *
 * @param operation the operation of the API description it fuzzes, {@code METHOD /path/{template}}
 * @param what what is wrong with the request, for the report
 * @param user the demo user who sends it (password = name), one of the operation's roles
 * @param contentType the request's Content-Type, or null
 * @param body the body, or null for none
 * @param declaredLength when above 0, the Content-Length the request claims: only the beginning of the body is sent
 * @param expect what the answer must be
 * @param field the field the refusal must name ({@link Expect#BAD_FIELD}), e.g. {@code instruments[0].number}
 */
record FuzzCase(String operation, String what, String user, String method, String path, String contentType,
    byte[] body, long declaredLength, Expect expect, String field) {

  /** What the answer must be, besides a 4xx problem+json with a title and a detail. */
  enum Expect {
    /** Any 4xx. */
    CLIENT_ERROR,
    /** 400. */
    BAD_REQUEST,
    /** 400 naming the field (or the part of it) in {@code errors}. */
    BAD_FIELD,
    /** 400 naming the field, or 404 when the value names a record that does not exist. */
    BAD_FIELD_OR_NOT_FOUND,
    /** 413. */
    TOO_LARGE,
    /** 415. */
    UNSUPPORTED_MEDIA_TYPE
  }

  static FuzzCase of(String operation, String what, String user, String method, String path, String contentType,
      String body, Expect expect, String field) {
    return new FuzzCase(operation, what, user, method, path, contentType,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8), 0, expect, field);
  }

  @Override
  public String toString() {
    return operation + " — " + what + " (" + method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path)
        + " as " + user + ")";
  }
}
