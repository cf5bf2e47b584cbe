package com.scfengine.common;

/** The request collides with what exists: a duplicate id, a receivable already financed (409). */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
