package com.scfengine.supplychainfinance;

import com.scfengine.process.AsSystem;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Which enterprises a user acts for: the Camunda groups of type {@code enterprise} the user is a member of, each named
 * by the enterprise's id ({@code CORE-001}). Managed in Camunda Admin (a group of that type, its members) or through
 * Camunda's identity API — never in code.
 */
@Component
public class EnterpriseUsers {

  /** The group type that says "the members act for the enterprise of this group's id". */
  public static final String GROUP_TYPE = "enterprise";

  private final IdentityService identityService;

  EnterpriseUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The enterprises the user acts for. */
  public List<String> of(String userId) {
    if (userId == null) {
      return List.of();
    }
    // read as the system: a user may not be allowed to list groups, but is always told whom it acts for
    return AsSystem.run(identityService, () -> identityService.createGroupQuery().groupMember(userId)
        .groupType(GROUP_TYPE).list().stream().map(Group::getId).toList());
  }

  public boolean actsFor(String userId, String enterpriseId) {
    return of(userId).contains(enterpriseId);
  }
}
