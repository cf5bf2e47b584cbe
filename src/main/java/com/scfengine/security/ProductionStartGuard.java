package com.scfengine.security;

import com.scfengine.demo.DemoUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Under {@code prod} the application refuses to start
 * <ul>
 *   <li>without an administrator: on a new database the operator names the first one with
 *       {@code camunda.bpm.admin-user.id} and {@code camunda.bpm.admin-user.password} (for instance the environment
 *       variables {@code CAMUNDA_BPM_ADMINUSER_ID} and {@code CAMUNDA_BPM_ADMINUSER_PASSWORD} from the platform's
 *       secrets), and Camunda creates him in {@code camunda-admin} at the engine's start — nobody can claim the
 *       role through Camunda Admin's setup page, which stays shut ({@link SecurityConfig});</li>
 *   <li>while a demo user signs in with his demo password (the user name).</li>
 * </ul>
 * A first administrator configured without a password (Camunda would give him his user name) is refused earlier,
 * before the engine creates him ({@link FirstAdministratorSettings}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@Profile("prod")
class ProductionStartGuard implements ApplicationRunner {

  private final IdentityService identityService;

  ProductionStartGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<User> administrators = identityService.createUserQuery().memberOfGroup(Roles.ADMIN).list();
    if (administrators.isEmpty()) {
      throw new IllegalStateException("Refusing to start under the prod profile: there is no administrator (no member"
          + " of " + Roles.ADMIN + "). Name the first one with camunda.bpm.admin-user.id and camunda.bpm.admin-user.password"
          + " (environment: CAMUNDA_BPM_ADMINUSER_ID, CAMUNDA_BPM_ADMINUSER_PASSWORD).");
    }
    List<String> weak = new ArrayList<>();
    for (String user : new TreeSet<>(DemoUsers.USERS.keySet())) {
      // only users that exist are asked: a wrong password counts as a failed sign-in of that user
      if (identityService.createUserQuery().userId(user).count() > 0 && identityService.checkPassword(user, user)) {
        weak.add(user);
      }
    }
    if (!weak.isEmpty()) {
      throw new IllegalStateException("Refusing to start under the prod profile: the demo credentials of " + weak
          + " still sign in. Change or delete these users (Camunda Admin) before running in production.");
    }
  }
}
