/**
 * The factoring product's Java side: its application body, its pricing and the variables it passes to called
 * processes. Its models and forms are in processes/factoring and forms.
 */
@ApplicationModule(displayName = "Factoring")
package com.scfengine.factoring;

import org.springframework.modulith.ApplicationModule;
