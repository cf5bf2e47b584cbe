/**
 * The shipped Tasklist filters of the credit teams.
 */
@ApplicationModule(displayName = "Tasklist")
package com.scfengine.tasklist;

import org.springframework.modulith.ApplicationModule;
