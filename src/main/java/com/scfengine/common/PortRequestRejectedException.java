package com.scfengine.common;

/**
 * An outside system refused a request with a 4xx answer: the request is wrong, so retrying it cannot
 * help. Carries the HTTP status and the server's own message.
 */
public class PortRequestRejectedException extends IllegalArgumentException {

  private final int status;
  private final String serverMessage;

  public PortRequestRejectedException(String port, String operation, int status, String serverMessage) {
    super(port + " refused " + operation + " (HTTP " + status + "): " + serverMessage);
    this.status = status;
    this.serverMessage = serverMessage;
  }

  public int status() {
    return status;
  }

  public String serverMessage() {
    return serverMessage;
  }
}
