/**
 * Purchase-order finance's Java side: the two building blocks that repay a purchase-order loan from the financing of
 * the invoice the order became. The product itself — model, pricing table, forms — is in processes/po-finance and
 * forms.
 */
@ApplicationModule(displayName = "Purchase-order finance")
package com.scfengine.pofinance;

import org.springframework.modulith.ApplicationModule;
