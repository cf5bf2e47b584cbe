package com.scfengine.common;

/**
 * An outside system (credit bureau, document platform, core banking) did not answer usefully:
 * timeout, connection refused, 5xx after the retries. Transient: the engine retries the job and
 * raises an incident when retries run out. Never a business outcome.
 */
public class PortUnavailableException extends RuntimeException {
  public PortUnavailableException(String message) {
    super(message);
  }

  public PortUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
