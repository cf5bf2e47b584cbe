package com.scfengine.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Under {@code prod}, a first administrator named in the configuration ({@code camunda.bpm.admin-user.id}) must come
 * with a password of his own ({@code camunda.bpm.admin-user.password}, other than the user name): Camunda would
 * otherwise create him with his user name as password, and keep that password on every later start. Checked on the
 * configuration itself, before the engine creates anyone. Registered in {@code META-INF/spring.factories}.
 */
public class FirstAdministratorSettings implements EnvironmentPostProcessor {

  static final String ID = "camunda.bpm.admin-user.id";
  static final String PASSWORD = "camunda.bpm.admin-user.password";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    String id = environment.getProperty(ID);
    if (id == null) {
      return; // an existing installation; ProductionStartGuard still requires an administrator
    }
    String password = environment.getProperty(PASSWORD);
    if (id.isBlank()) {
      throw new IllegalStateException("Refusing to start under the prod profile: " + ID + " is empty");
    }
    if (password == null || password.isBlank() || password.equals(id)) {
      throw new IllegalStateException("Refusing to start under the prod profile: the first administrator " + ID + "='"
          + id + "' needs a password of his own in " + PASSWORD + " (environment: CAMUNDA_BPM_ADMINUSER_PASSWORD),"
          + " not empty and not the user name");
    }
  }
}
