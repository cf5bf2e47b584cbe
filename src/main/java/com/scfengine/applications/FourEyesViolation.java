package com.scfengine.applications;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A task completion that breaks separation of duties. An {@link AuthorizationException}, so Camunda's REST
 * API answers 403 with this message and the webapps show it; the transaction rolls back.
 */
public class FourEyesViolation extends AuthorizationException {
  public FourEyesViolation(String message) {
    super(message);
  }
}
