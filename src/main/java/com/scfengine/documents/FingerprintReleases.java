package com.scfengine.documents;

import com.scfengine.applications.ApplicationEnded;
import com.scfengine.registry.ReceivableRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An application that ended unfinanced frees its trade documents' fingerprints at the verification platform, so the
 * same invoice may be presented again.
 */
@Component
class FingerprintReleases {

  private final ReceivableRegistry registry;
  private final DocumentVerifier verifier;
  private final String institution;

  FingerprintReleases(ReceivableRegistry registry, DocumentVerifier verifier, DocumentsProperties settings) {
    this.registry = registry;
    this.verifier = verifier;
    this.institution = settings.registry().institution().strip();
  }

  @EventListener
  void on(ApplicationEnded ended) {
    registry.of(ended.applicationId()).forEach(r -> verifier.releaseFingerprint(r.getFingerprint(), institution,
        ended.applicationId()));
  }
}
