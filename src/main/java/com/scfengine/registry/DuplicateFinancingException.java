package com.scfengine.registry;

import com.scfengine.common.ConflictException;

/** The receivable or instrument is already pending or financed (409). */
public class DuplicateFinancingException extends ConflictException {
  public DuplicateFinancingException(String message) {
    super(message);
  }
}
