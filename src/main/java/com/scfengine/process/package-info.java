/**
 * What every product's process shares: variable names and readers ({@link com.scfengine.process.Vars}), the
 * product properties of a model, and the terms a product passes to called processes.
 */
@ApplicationModule(displayName = "Process")
package com.scfengine.process;

import org.springframework.modulith.ApplicationModule;
