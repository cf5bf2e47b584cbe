package com.scfengine.security;

/** Camunda group ids that act as roles. Candidate groups in the models use the same ids. */
public final class Roles {
  public static final String ADMIN = "camunda-admin";
  public static final String RELATIONSHIP_MANAGERS = "relationship-managers";
  public static final String CREDIT_ANALYSTS = "credit-analysts";
  public static final String CREDIT_APPROVERS = "credit-approvers";
  public static final String CREDIT_COMMITTEE = "credit-committee";
  public static final String TRADE_OPERATIONS = "trade-operations";
  /** Team leads of trade operations: overdue document examinations escalate to them. */
  public static final String TRADE_OPERATIONS_LEADS = "trade-operations-leads";
  public static final String TREASURY = "treasury";
  public static final String PRODUCT_DESIGNERS = "product-designers";
  /** Users of core enterprises: they upload their programmes' payables. Outside the bank. */
  public static final String CORE_ENTERPRISES = "core-enterprises";
  /** Users of suppliers on programmes: they see their payables and ask for early payment. Outside the bank. */
  public static final String SUPPLIERS = "suppliers";

  /**
   * The bank's platform team: reads the engine's metrics ({@code /actuator/prometheus}) and nothing else — no
   * Tasklist, no application and no engine API. The Prometheus server signs in as a user of this group.
   */
  public static final String MONITORING = "monitoring";

  /** The bank's own roles: a user with any of them is the bank's. */
  public static final java.util.Set<String> BANK_ROLES = java.util.Set.of(ADMIN, RELATIONSHIP_MANAGERS,
      CREDIT_ANALYSTS, CREDIT_APPROVERS, CREDIT_COMMITTEE, TRADE_OPERATIONS, TRADE_OPERATIONS_LEADS, TREASURY,
      PRODUCT_DESIGNERS);

  private Roles() {}

  /**
   * Whether a signed-in user acts only for enterprises outside the bank — a core enterprise's or a supplier's user
   * with none of the bank's roles. Such a user reaches the programmes and payables of its own enterprises only.
   */
  public static boolean isOutsider(org.springframework.security.core.Authentication user) {
    if (user == null) {
      return false;
    }
    java.util.Set<String> held = new java.util.HashSet<>();
    user.getAuthorities().forEach(authority -> held.add(authority.getAuthority()));
    return (held.contains(CORE_ENTERPRISES) || held.contains(SUPPLIERS))
        && held.stream().noneMatch(BANK_ROLES::contains);
  }

  /**
   * Whether a signed-in user only monitors: a member of {@link #MONITORING} with none of the bank's working roles
   * and acting for no enterprise. Such a user reads metrics and reaches no application, task or process.
   */
  public static boolean isMonitoringOnly(org.springframework.security.core.Authentication user) {
    if (user == null) {
      return false;
    }
    java.util.Set<String> held = new java.util.HashSet<>();
    user.getAuthorities().forEach(authority -> held.add(authority.getAuthority()));
    return held.contains(MONITORING) && !held.contains(CORE_ENTERPRISES) && !held.contains(SUPPLIERS)
        && held.stream().noneMatch(BANK_ROLES::contains);
  }
}
