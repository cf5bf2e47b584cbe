/**
 * The receivable registry: every invoice, bill or note financed once, found by its normalised key under concurrent
 * requests.
 */
@ApplicationModule(displayName = "Registry")
package com.scfengine.registry;

import org.springframework.modulith.ApplicationModule;
