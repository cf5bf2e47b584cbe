/**
 * Supply-chain finance anchored on a core enterprise. A programme ({@link com.scfengine.supplychainfinance.Programmes})
 * is the core enterprise's PROGRAMME limit for its suppliers, each onboarded with screening and four eyes; the core
 * enterprise uploads its approved payables ({@link com.scfengine.supplychainfinance.Payables}, JSON or CSV, checked
 * whole, registered in batches); a supplier asks for early payment of its payables (product {@code REVERSE_FACTORING},
 * priced on the core enterprise's rating) and the bank collects from the core enterprise at the due date, without
 * recourse to the supplier. Which enterprise a user acts for is a Camunda group of type {@code enterprise}
 * ({@link com.scfengine.supplychainfinance.EnterpriseUsers}).
 */
@ApplicationModule(displayName = "Supply-chain finance")
package com.scfengine.supplychainfinance;

import org.springframework.modulith.ApplicationModule;
