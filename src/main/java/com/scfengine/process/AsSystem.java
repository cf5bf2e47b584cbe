package com.scfengine.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine work as the system — without the signed-in user's authorisation checks — and puts the user back
 * afterwards. For the product's own doors, whose security rules have already decided who may ask: a message
 * correlated for a trade operations clerk, a process started for a supplier's user, the groups a user acts for.
 */
public final class AsSystem {

  private AsSystem() {}

  public static <T> T run(IdentityService identityService, Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  public static void run(IdentityService identityService, Runnable work) {
    run(identityService, () -> {
      work.run();
      return null;
    });
  }
}
