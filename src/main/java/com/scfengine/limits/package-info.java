/**
 * Credit facilities and their reservations: reserved, consumed and released by conditional row updates, never over
 * the limit. Gives back an application's reservations when it ends unfinanced.
 */
@ApplicationModule(displayName = "Limits")
package com.scfengine.limits;

import org.springframework.modulith.ApplicationModule;
