/**
 * SMEs, core enterprises, buyers and banks with their ratings, and the enterprise API. What a view shows of an
 * enterprise's facilities comes through {@link com.scfengine.enterprises.EnterpriseFacilities}, which the limits
 * module provides.
 */
@ApplicationModule(displayName = "Enterprises")
package com.scfengine.enterprises;

import org.springframework.modulith.ApplicationModule;
