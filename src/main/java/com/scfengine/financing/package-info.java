/**
 * Disbursement, repayment and collection bookings through core banking, each once; limits consumed and released,
 * receivables marked financed or settled.
 */
@ApplicationModule(displayName = "Financing")
package com.scfengine.financing;

import org.springframework.modulith.ApplicationModule;
