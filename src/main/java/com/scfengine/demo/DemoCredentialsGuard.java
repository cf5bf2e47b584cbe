package com.scfengine.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo credentials exist only in the embedded default: under {@code prod} the application refuses to start while a
 * demo user still has his demo password (the user name) — locked after failed sign-ins or not, since an unlock would
 * let him sign in again.
 *
 * <p>The password is compared with the stored hash as Camunda's own check compares it, but not through
 * {@code IdentityService.checkPassword}: that is a sign-in, and a refused one counts towards locking the user — every
 * start would take one of the bank's administrator's attempts if he is called {@code admin} — while a user who is
 * delayed or locked is refused without his password being compared at all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@Profile("prod")
class DemoCredentialsGuard implements ApplicationRunner {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engine;

  DemoCredentialsGuard(IdentityService identityService, ProcessEngineConfigurationImpl engine) {
    this.identityService = identityService;
    this.engine = engine;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> weak = new ArrayList<>();
    for (String user : new TreeSet<>(DemoUsers.USERS.keySet())) {
      if (identityService.createUserQuery().userId(user).singleResult() instanceof UserEntity stored
          && hasPassword(stored, user)) {
        weak.add(user);
      }
    }
    if (!weak.isEmpty()) {
      throw new IllegalStateException("Refusing to start under the prod profile: the demo credentials of " + weak
          + " are still in place (password = user name). Change or delete these users (Camunda Admin) before"
          + " running in production.");
    }
  }

  private boolean hasPassword(UserEntity stored, String password) {
    String hash = stored.getPassword();
    return hash != null
        && engine.getPasswordManager().check(EncryptionUtil.saltPassword(password, stored.getSalt()), hash);
  }
}
