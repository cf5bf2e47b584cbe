/**
 * The application record every product shares (id = business key, status, decision, reason, priced amounts), the
 * steps that open and close it (register, record outcome, reject, remind), four eyes on decisions, and the
 * application API. Announces {@link com.scfengine.applications.ApplicationEnded} when an application ends
 * unfinanced.
 */
@ApplicationModule(displayName = "Applications")
package com.scfengine.applications;

import org.springframework.modulith.ApplicationModule;
