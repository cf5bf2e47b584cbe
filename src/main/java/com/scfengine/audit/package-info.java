/**
 * The audit trail of the product's API: every state-changing call under {@code /api}, with the signed-in user, the
 * method, the path and the answer's status, readable by administrators. Camunda's user operation log keeps the same
 * for what is done through {@code /engine-rest} and the webapps.
 */
@ApplicationModule(displayName = "Audit")
package com.scfengine.audit;

import org.springframework.modulith.ApplicationModule;
