/**
 * How the engine runs here: its REST API, clock, durable answers on the embedded database and, in platform.engine,
 * the engine plugins.
 */
@ApplicationModule(displayName = "Platform")
package com.scfengine.platform;

import org.springframework.modulith.ApplicationModule;
