package com.scfengine.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo credentials exist only in the embedded default: under {@code prod} the application refuses to start while a
 * demo user still signs in with his demo password (the user name).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@Profile("prod")
class DemoCredentialsGuard implements ApplicationRunner {

  private final IdentityService identityService;

  DemoCredentialsGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
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
