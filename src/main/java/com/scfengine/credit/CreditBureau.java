package com.scfengine.credit;

/** Port: rating and scoring of an enterprise (credit bureau / cross-border credit information). */
interface CreditBureau {

  /** The current rating of the enterprise; throws PortUnavailableException when the bureau cannot answer. */
  CreditRating rate(String enterpriseId);
}
