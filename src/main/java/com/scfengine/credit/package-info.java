/**
 * Ratings from the credit bureau port and the credit decision building blocks.
 */
@ApplicationModule(displayName = "Credit")
package com.scfengine.credit;

import org.springframework.modulith.ApplicationModule;
