/**
 * The model validation every deployment passes, whichever door it comes through; the engine's deploy hook calls it.
 */
@NamedInterface("validation")
package com.scfengine.products.validation;

import org.springframework.modulith.NamedInterface;
