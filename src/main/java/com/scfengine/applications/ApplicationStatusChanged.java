package com.scfengine.applications;

import java.util.Set;

/**
 * An application was opened ({@code from} is null) or moved to a status, or had a decision recorded. Published in the
 * transaction that records it; a listener that counts hears it after commit
 * ({@code @TransactionalEventListener}), so a step that rolls back counts nothing. Carries no amounts and no parties.
 *
 * @param decision the decision recorded by this change, null when it kept the one before
 */
public record ApplicationStatusChanged(String applicationId, String product, ApplicationStatus from,
    ApplicationStatus to, String decision) {

  /** The decision of the credit-decision process when the credit-authority table lets it approve with no person. */
  public static final String AUTO_APPROVED = "AUTO_APPROVED";
  /** The decisions people record: an approval in the credit decision, a decline that rejects the application. */
  private static final Set<String> PEOPLE_APPROVED = Set.of("APPROVED");
  private static final Set<String> PEOPLE_DECLINED = Set.of("DECLINED");

  /** The application was opened: its process started and its record exists. */
  public boolean opened() {
    return from == null;
  }

  /** The application reached a final status (SETTLED, REJECTED, CANCELLED) from one that was not. */
  public boolean ended() {
    return to.isFinal() && (from == null || !from.isFinal());
  }

  /**
   * Credit was decided: approved straight through or by people, or declined by people. A limit reservation that
   * confirms APPROVED without a decision, and rejections by checks (eligibility, documents, limits), are not.
   */
  public boolean creditDecided() {
    return decision != null && ((to == ApplicationStatus.APPROVED
        && (AUTO_APPROVED.equals(decision) || PEOPLE_APPROVED.contains(decision)))
        || (to == ApplicationStatus.REJECTED && PEOPLE_DECLINED.contains(decision)));
  }

  /** Credit was decided with no person: the credit-authority table's STRAIGHT_THROUGH. */
  public boolean straightThrough() {
    return AUTO_APPROVED.equals(decision);
  }
}
