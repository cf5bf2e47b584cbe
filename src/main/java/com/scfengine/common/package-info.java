/**
 * Small pieces every module uses: identifiers, the HTTP port to outside systems with its simulated faults, and the
 * domain's refusals ({@link com.scfengine.common.FieldErrors}, {@link com.scfengine.common.InvalidInputException},
 * {@link com.scfengine.common.NotFoundException}, {@link com.scfengine.common.ConflictException}), which the web
 * layer answers as problem+json.
 */
@ApplicationModule(displayName = "Common")
package com.scfengine.common;

import org.springframework.modulith.ApplicationModule;
