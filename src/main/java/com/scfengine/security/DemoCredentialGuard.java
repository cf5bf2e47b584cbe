package com.scfengine.security;

import com.scfengine.demo.DemoUsers;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Under {@code prod} the application refuses to start while anyone can sign in with a demo
 * password (password = user name) or as the default admin (admin/admin).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@Profile("prod")
class DemoCredentialGuard implements ApplicationRunner {

  private final IdentityService identityService;

  DemoCredentialGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> weak = new ArrayList<>();
    for (String user : DemoUsers.USERS.keySet()) {
      if (identityService.checkPassword(user, user)) {
        weak.add(user);
      }
    }
    if (!weak.isEmpty()) {
      throw new IllegalStateException("Refusing to start under the prod profile: the demo credentials of "
          + weak + " still sign in. Change or delete these users (Camunda Admin) before running in production.");
    }
  }
}
