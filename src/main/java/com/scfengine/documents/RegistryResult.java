package com.scfengine.documents;

import java.util.List;
import java.util.Optional;

/**
 * Answer of the shared external registry to a registration: whether it recorded it, and every other registration
 * with the same content fingerprint — which institution holds it, under which reference, and whether under the same
 * number (the same receivable) or another one (a near-duplicate). What the answer means for this bank:
 * {@link #financedElsewhere}, {@link #nearDuplicateElsewhere}, {@link #refusedUnnamed}.
 */
record RegistryResult(boolean accepted, List<Match> matches) {

  RegistryResult {
    matches = matches == null ? List.of() : List.copyOf(matches);
  }

  /** Another registration of the same content: by {@code institution} (a BIC), its reference, same number or not. */
  record Match(String institution, String reference, boolean sameNumber) {

    boolean heldElsewhere(String ownInstitution) {
      return institution != null && !institution.isBlank() && !institution.strip().equalsIgnoreCase(ownInstitution);
    }
  }

  /** The same receivable (same number) registered by another institution: financed elsewhere, reject. */
  Optional<Match> financedElsewhere(String ownInstitution) {
    return matches.stream().filter(m -> m.sameNumber() && m.heldElsewhere(ownInstitution)).findFirst();
  }

  /** The same content under another number at another institution: a possible duplicate for a person to clear. */
  Optional<Match> nearDuplicateElsewhere(String ownInstitution) {
    return matches.stream().filter(m -> !m.sameNumber() && m.heldElsewhere(ownInstitution)).findFirst();
  }

  /**
   * Refused without naming anyone: not proof of financing elsewhere, so a person clears it. A refusal that names only
   * this bank is its own earlier registration — the bank's own registry already decided about that.
   */
  boolean refusedUnnamed() {
    return !accepted && matches.stream().allMatch(m -> m.institution() == null || m.institution().isBlank());
  }
}
