/**
 * Sign-in, roles and their Camunda authorisations, and the rules that hold at every door into the engine (form-
 * bound variables, product starts, error bodies, sign-in throttle).
 */
@ApplicationModule(displayName = "Security")
package com.scfengine.security;

import org.springframework.modulith.ApplicationModule;
