package com.scfengine.security;

import java.util.List;
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
 *       role through Camunda Admin's setup page, which stays shut ({@link SecurityConfig}).</li>
 * </ul>
 * Demo users that still have their demo passwords refuse the start too ({@code demo.DemoCredentialsGuard}).
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
  }
}
