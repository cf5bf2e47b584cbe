package com.scfengine.demo;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the embedded default with the demo users and groups of {@code API.md}. Never under
 * {@code prod}; idempotent, so a restart on the same H2 file changes nothing.
 */
@Component
@Order(10)
@Profile("!prod")
@ConditionalOnProperty(prefix = "scf.demo", name = "enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final List<DemoSeed> seeds;

  DemoData(IdentityService identityService, AuthorizationService authorizationService, List<DemoSeed> seeds) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.seeds = seeds;
  }

  @Override
  public void run(ApplicationArguments args) {
    DemoUsers.GROUPS.forEach(this::group);
    DemoUsers.USERS.forEach(this::user);
    seeds.forEach(DemoSeed::seed);
    log.info("Demo users ready (password = user name): {}", DemoUsers.USERS.keySet());
  }

  private void group(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(id.equals(Groups.CAMUNDA_ADMIN) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
    identityService.saveGroup(group);
  }

  private void user(String id, List<String> groups) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(Character.toUpperCase(id.charAt(0)) + id.substring(1));
      user.setLastName("Demo");
      user.setEmail(id + "@demo.scf.local");
      user.setPassword(id);
      identityService.saveUser(user);
    }
    for (String group : groups) {
      if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identityService.createMembership(id, group);
      }
    }
  }
}
