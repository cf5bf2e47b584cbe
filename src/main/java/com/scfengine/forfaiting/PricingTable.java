package com.scfengine.forfaiting;

import java.util.Map;

/**
 * The bank's forfaiting pricing table, DMN decision {@code forfaiting-pricing}
 * (processes/forfaiting/forfaiting-pricing.dmn): inputs {@code guarantorRating}, {@code countryRiskClass},
 * {@code tenorDays}, {@code currency}; outputs {@code eligible}, {@code margin}, {@code reason}.
 */
interface PricingTable {

  /** The decision's key. */
  String DECISION = "forfaiting-pricing";

  /** The outputs of the row that matched, or {@code null} when none did. */
  Map<String, Object> evaluate(Map<String, Object> inputs);
}
