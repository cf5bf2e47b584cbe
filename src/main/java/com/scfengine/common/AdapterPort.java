package com.scfengine.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a port to an outside system: an interface the domain owns, implemented by a simulator and an HTTP client.
 * Every call through it, whichever adapter serves it, is timed and counted by outcome under the port's name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AdapterPort {

  /** The outside system, as the metrics name it: {@code credit-bureau}, {@code document-verifier}, {@code core-banking}. */
  String value();
}
