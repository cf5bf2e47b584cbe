/**
 * Trade-document checks: invoice verification, the shared registry's fingerprints, customs declarations and
 * sanctions screening, through the document port. Frees fingerprints when an application ends unfinanced.
 */
@ApplicationModule(displayName = "Documents")
package com.scfengine.documents;

import org.springframework.modulith.ApplicationModule;
