/**
 * The embedded default's demo users, enterprises and facilities, and the guard that keeps demo credentials out of
 * any other profile.
 */
@ApplicationModule(displayName = "Demo")
package com.scfengine.demo;

import org.springframework.modulith.ApplicationModule;
