package com.scfengine.demo;

import static com.scfengine.security.Roles.ADMIN;
import static com.scfengine.security.Roles.CREDIT_ANALYSTS;
import static com.scfengine.security.Roles.CREDIT_APPROVERS;
import static com.scfengine.security.Roles.CREDIT_COMMITTEE;
import static com.scfengine.security.Roles.PRODUCT_DESIGNERS;
import static com.scfengine.security.Roles.RELATIONSHIP_MANAGERS;
import static com.scfengine.security.Roles.TRADE_OPERATIONS;
import static com.scfengine.security.Roles.TRADE_OPERATIONS_LEADS;
import static com.scfengine.security.Roles.TREASURY;

import java.util.List;
import java.util.Map;

/** The demo users of the embedded default (password = user name) and their groups. */
public final class DemoUsers {

  /** user id → groups. */
  public static final Map<String, List<String>> USERS = Map.of(
      "admin", List.of(ADMIN),
      "rm", List.of(RELATIONSHIP_MANAGERS),
      "analyst", List.of(CREDIT_ANALYSTS),
      "approver", List.of(CREDIT_APPROVERS, CREDIT_COMMITTEE),
      "approver2", List.of(CREDIT_APPROVERS, CREDIT_COMMITTEE),
      "ops", List.of(TRADE_OPERATIONS),
      "opslead", List.of(TRADE_OPERATIONS, TRADE_OPERATIONS_LEADS),
      "treasury", List.of(TREASURY),
      "designer", List.of(PRODUCT_DESIGNERS));

  /** group id → display name. */
  public static final Map<String, String> GROUPS = Map.of(
      ADMIN, "Camunda administrators",
      RELATIONSHIP_MANAGERS, "Relationship managers",
      CREDIT_ANALYSTS, "Credit analysts",
      CREDIT_APPROVERS, "Credit approvers",
      CREDIT_COMMITTEE, "Credit committee",
      TRADE_OPERATIONS, "Trade operations",
      TRADE_OPERATIONS_LEADS, "Trade operations team leads",
      TREASURY, "Treasury",
      PRODUCT_DESIGNERS, "Product designers");

  private DemoUsers() {}
}
