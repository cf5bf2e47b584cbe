package com.scfengine.security;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The way back in when every administrator is locked out: Camunda locks a user after {@code login-max-attempts} failed
 * sign-ins in a row until an administrator unlocks him, and anyone who knows an administrator's user name can make
 * those failures. The users named in {@code scf.security.unlock-at-start} ({@code SCF_SECURITY_UNLOCK_AT_START}) are
 * unlocked — their failed sign-ins forgotten — each time the node starts, after the engine has started; each is logged
 * at WARN. The operator empties the setting again once the administrator is back in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class UnlockAtStart implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(UnlockAtStart.class);

  private final IdentityService identityService;
  private final SecuritySettings settings;

  UnlockAtStart(IdentityService identityService, SecuritySettings settings) {
    this.identityService = identityService;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String userId : settings.unlockAtStart()) {
      if (identityService.createUserQuery().userId(userId).count() == 0) {
        log.warn("scf.security.unlock-at-start names user {}, who does not exist: nothing unlocked", userId);
        continue;
      }
      identityService.unlockUser(userId);
      log.warn("Unlocked user {} at start (scf.security.unlock-at-start): his failed sign-ins are forgotten; empty the "
          + "setting once he has signed in", userId);
    }
  }
}
