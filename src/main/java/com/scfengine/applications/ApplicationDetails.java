package com.scfengine.applications;

/**
 * What a product adds to the view of one of its applications ({@code GET /api/applications/{id}}), under a name of
 * its own — forfaiting its instruments, for instance. A product module declares it as a bean.
 */
public interface ApplicationDetails {

  /** The product code whose applications get the details. */
  String product();

  /** The field of the view that holds them. */
  String name();

  /** The details of the application, shown as JSON. */
  Object of(String applicationId);
}
