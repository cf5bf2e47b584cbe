package com.scfengine.credit;

import com.scfengine.common.AdapterPort;

/** Port: rating and scoring of an enterprise (credit bureau / cross-border credit information). */
@AdapterPort("credit-bureau")
interface CreditBureau {

  /** The current rating of the enterprise; throws PortUnavailableException when the bureau cannot answer. */
  CreditRating rate(String enterpriseId);
}
