package com.scfengine.demo;

import static com.scfengine.security.Roles.ADMIN;
import static com.scfengine.security.Roles.CORE_ENTERPRISES;
import static com.scfengine.security.Roles.CREDIT_ANALYSTS;
import static com.scfengine.security.Roles.CREDIT_APPROVERS;
import static com.scfengine.security.Roles.CREDIT_COMMITTEE;
import static com.scfengine.security.Roles.MONITORING;
import static com.scfengine.security.Roles.PRODUCT_DESIGNERS;
import static com.scfengine.security.Roles.RELATIONSHIP_MANAGERS;
import static com.scfengine.security.Roles.SUPPLIERS;
import static com.scfengine.security.Roles.TRADE_OPERATIONS;
import static com.scfengine.security.Roles.TRADE_OPERATIONS_LEADS;
import static com.scfengine.security.Roles.TREASURY;

import java.util.List;
import java.util.Map;

/** The demo users of the embedded default (password = user name) and their groups. */
public final class DemoUsers {

  /** user id → groups. */
  public static final Map<String, List<String>> USERS = Map.ofEntries(
      Map.entry("admin", List.of(ADMIN)),
      Map.entry("rm", List.of(RELATIONSHIP_MANAGERS)),
      Map.entry("analyst", List.of(CREDIT_ANALYSTS)),
      Map.entry("approver", List.of(CREDIT_APPROVERS, CREDIT_COMMITTEE)),
      Map.entry("approver2", List.of(CREDIT_APPROVERS, CREDIT_COMMITTEE)),
      Map.entry("ops", List.of(TRADE_OPERATIONS)),
      Map.entry("opslead", List.of(TRADE_OPERATIONS, TRADE_OPERATIONS_LEADS)),
      Map.entry("treasury", List.of(TREASURY)),
      Map.entry("designer", List.of(PRODUCT_DESIGNERS)),
      Map.entry("buyer", List.of(CORE_ENTERPRISES)),
      Map.entry("supplier", List.of(SUPPLIERS)),
      Map.entry("supplier2", List.of(SUPPLIERS)),
      Map.entry("monitor", List.of(MONITORING)));

  /**
   * user id → the enterprise it acts for: a Camunda group of type {@code enterprise} named by the enterprise's id,
   * made by the supply-chain demo seed once the enterprises exist.
   */
  public static final Map<String, String> ENTERPRISES = Map.of(
      "buyer", "CORE-001",
      "supplier", "SME-001",
      "supplier2", "SME-002");

  /** group id → display name. */
  public static final Map<String, String> GROUPS = Map.ofEntries(
      Map.entry(ADMIN, "Camunda administrators"),
      Map.entry(RELATIONSHIP_MANAGERS, "Relationship managers"),
      Map.entry(CREDIT_ANALYSTS, "Credit analysts"),
      Map.entry(CREDIT_APPROVERS, "Credit approvers"),
      Map.entry(CREDIT_COMMITTEE, "Credit committee"),
      Map.entry(TRADE_OPERATIONS, "Trade operations"),
      Map.entry(TRADE_OPERATIONS_LEADS, "Trade operations team leads"),
      Map.entry(TREASURY, "Treasury"),
      Map.entry(PRODUCT_DESIGNERS, "Product designers"),
      Map.entry(CORE_ENTERPRISES, "Core enterprises' users"),
      Map.entry(SUPPLIERS, "Suppliers' users"),
      Map.entry(MONITORING, "Monitoring (metrics only)"));

  private DemoUsers() {}
}
