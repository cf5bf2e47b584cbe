/**
 * The port to the bank's ledger: balanced bookings, each once by its idempotency key, over HTTP or the built-in
 * simulator.
 */
@ApplicationModule(displayName = "Core banking")
package com.scfengine.corebanking;

import org.springframework.modulith.ApplicationModule;
