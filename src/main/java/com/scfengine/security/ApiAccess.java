package com.scfengine.security;

import static com.scfengine.security.Roles.ADMIN;
import static com.scfengine.security.Roles.CORE_ENTERPRISES;
import static com.scfengine.security.Roles.CREDIT_ANALYSTS;
import static com.scfengine.security.Roles.PRODUCT_DESIGNERS;
import static com.scfengine.security.Roles.RELATIONSHIP_MANAGERS;
import static com.scfengine.security.Roles.SUPPLIERS;
import static com.scfengine.security.Roles.TRADE_OPERATIONS;
import static com.scfengine.security.Roles.TRADE_OPERATIONS_LEADS;
import static com.scfengine.security.Roles.TREASURY;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what under {@code /api}: the rules {@link SecurityConfig} enforces, in its order, and what the API
 * description shows for each operation. A request no rule names is for the bank's own users ({@link #BANK_USERS}).
 */
public final class ApiAccess {

  /** The roles of a rule, or the bank's own users for any request no rule names. */
  public enum Audience {
    /** Holders of one of the rule's roles. */
    ROLES,
    /** Any signed-in user, inside or outside the bank: outsiders see only their own enterprises' records. */
    ANY_SIGNED_IN,
    /** Any signed-in user with one of the bank's roles ({@link Roles#BANK_ROLES}). */
    BANK_USERS
  }

  /** One rule: a method and path patterns ({@code *} is one path segment, {@code **} any rest), and who may call. */
  public record Rule(HttpMethod method, List<String> paths, Audience audience, List<String> roles) {

    /** The role names of this rule, ordered, for people to read. */
    public List<String> roleNames() {
      return switch (audience) {
        case ROLES -> roles;
        case BANK_USERS -> List.copyOf(new TreeSet<>(Roles.BANK_ROLES));
        case ANY_SIGNED_IN -> {
          List<String> all = new ArrayList<>(new TreeSet<>(Roles.BANK_ROLES));
          all.add(CORE_ENTERPRISES);
          all.add(SUPPLIERS);
          yield List.copyOf(all);
        }
      };
    }
  }

  /** The rules for {@code /api/**}, first match wins; everything else under {@code /api} is {@link #BANK_USERS}. */
  public static final List<Rule> RULES = List.of(
      roles(HttpMethod.GET, List.of("/api/audit"), ADMIN),
      roles(HttpMethod.POST, List.of("/api/enterprises"), RELATIONSHIP_MANAGERS, ADMIN),
      roles(HttpMethod.POST, List.of("/api/facilities"), CREDIT_ANALYSTS, ADMIN),
      roles(HttpMethod.POST, List.of("/api/products"), PRODUCT_DESIGNERS, ADMIN),
      roles(HttpMethod.POST, List.of("/api/products/*/applications"), RELATIONSHIP_MANAGERS, ADMIN),
      roles(HttpMethod.POST, List.of("/api/applications/*/buyer-confirmation"), TRADE_OPERATIONS, ADMIN),
      roles(HttpMethod.POST, List.of("/api/applications/*/payments", "/api/applications/*/instruments/*/payment"),
          TRADE_OPERATIONS, TREASURY, ADMIN),
      roles(HttpMethod.POST, List.of("/api/letters-of-credit/incoming", "/api/letters-of-credit/*/presentations",
          "/api/letters-of-credit/*/amendments/*/response"), TRADE_OPERATIONS, ADMIN),
      roles(HttpMethod.POST, List.of("/api/letters-of-credit/*/presentations/*/reimbursement"),
          TRADE_OPERATIONS, TREASURY, ADMIN),
      roles(HttpMethod.POST, List.of("/api/letters-of-credit/*/amendments"), RELATIONSHIP_MANAGERS, ADMIN),
      roles(HttpMethod.POST, List.of("/api/forfaiting/quotes"), RELATIONSHIP_MANAGERS, TRADE_OPERATIONS, ADMIN),
      roles(HttpMethod.POST, List.of("/api/programmes"), CREDIT_ANALYSTS, ADMIN),
      roles(HttpMethod.POST, List.of("/api/programmes/*/suppliers"), CREDIT_ANALYSTS, RELATIONSHIP_MANAGERS, ADMIN),
      roles(HttpMethod.POST, List.of("/api/programmes/*/payables"), CORE_ENTERPRISES, ADMIN),
      roles(HttpMethod.POST, List.of("/api/payables/early-payment"), SUPPLIERS, ADMIN),
      roles(HttpMethod.GET, List.of("/api/reconciliation"), TRADE_OPERATIONS_LEADS, ADMIN),
      new Rule(HttpMethod.GET, List.of("/api/programmes/**", "/api/payables/**"), Audience.ANY_SIGNED_IN, List.of()));

  /** Every other request under {@code /api}, and the API description itself. */
  public static final Rule BANK_USERS = new Rule(null, List.of("/api/**"), Audience.BANK_USERS, List.of());

  private static final PathPatternParser PATTERNS = new PathPatternParser();

  private ApiAccess() {}

  /**
   * The rule for a request, or {@link #BANK_USERS}. {@code path} may be a template ({@code /api/programmes/{id}}):
   * each variable stands for one path segment.
   */
  public static Rule ruleFor(HttpMethod method, String path) {
    PathContainer concrete = PathContainer.parsePath(path.replaceAll("\\{[^}/]+}", "x"));
    return RULES.stream()
        .filter(rule -> rule.method().equals(method))
        .filter(rule -> rule.paths().stream().anyMatch(p -> PATTERNS.parse(p).matches(concrete)))
        .findFirst().orElse(BANK_USERS);
  }

  private static Rule roles(HttpMethod method, List<String> paths, String... roles) {
    return new Rule(method, paths, Audience.ROLES, List.of(roles));
  }
}
