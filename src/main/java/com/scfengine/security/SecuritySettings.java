package com.scfengine.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code scf.security.*}: {@code unlockAtStart} names the users unlocked when the node starts ({@link UnlockAtStart});
 * a comma list in {@code SCF_SECURITY_UNLOCK_AT_START}, empty by default.
 */
@ConfigurationProperties("scf.security")
record SecuritySettings(List<String> unlockAtStart) {

  SecuritySettings {
    unlockAtStart = unlockAtStart == null ? List.of()
        : unlockAtStart.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
  }
}
