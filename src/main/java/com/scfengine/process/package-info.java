/**
 * What every product's process shares: variable names and readers ({@link com.scfengine.process.Vars}), the
 * product properties of a model, the terms a product passes to called processes ({@link
 * com.scfengine.process.CopiedTerms}), and the description every building block gives of itself
 * ({@link com.scfengine.process.BuildingBlock}).
 */
@ApplicationModule(displayName = "Process")
package com.scfengine.process;

import org.springframework.modulith.ApplicationModule;
