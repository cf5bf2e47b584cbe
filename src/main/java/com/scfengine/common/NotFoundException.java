package com.scfengine.common;

/** The addressed record does not exist (404). */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
