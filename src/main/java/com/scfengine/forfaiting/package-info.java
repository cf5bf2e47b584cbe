/**
 * The forfaiting product's Java side: the bank buys avalised bills of exchange, promissory notes and deferred-payment
 * claims without recourse, one instrument per instalment. It prices them
 * ({@link com.scfengine.forfaiting.ForfaitingPricing}: straight discount or discount to yield on the money module, at a
 * rate given or at the currency's base rate plus the margin the DMN table {@code forfaiting-pricing} sets for the
 * guarantor bank's rating, its country's risk class and the tenor) and answers quotes before anyone commits
 * ({@code POST /api/forfaiting/quotes}, which writes nothing). A deal ({@code POST /api/products/FORFAITING/applications},
 * {@link com.scfengine.forfaiting.ForfaitingBody}) registers each instrument against double financing, is checked and
 * decided on its guarantor bank and country, priced at the offer and again at discounting (with the commitment fee),
 * holds the bank and country limits, is paid out once and collects each instrument at its maturity, giving back its
 * share of the limits. Its building blocks are in {@link com.scfengine.forfaiting.ForfaitingBlocks}; its settings are
 * {@code scf.forfaiting.*}; its models are in processes/forfaiting.
 */
@ApplicationModule(displayName = "Forfaiting")
package com.scfengine.forfaiting;

import org.springframework.modulith.ApplicationModule;
