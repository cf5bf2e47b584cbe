package com.scfengine.reconciliation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/** The nightly schedule: bean {@code reconciliationCron}, read by the model's timer. */
@Configuration(proxyBeanMethods = false)
class ReconciliationConfiguration {

  /**
   * The cron itself, under the name the model's timer reads ({@code ${reconciliationCron}}: a model's expressions
   * name variables only); a blank cron is refused at start-up.
   */
  @Bean
  String reconciliationCron(Environment environment) {
    ReconciliationSchedule schedule = Binder.get(environment).bind("scf.reconciliation", ReconciliationSchedule.class)
        .orElseGet(() -> new ReconciliationSchedule(ReconciliationSchedule.NIGHTLY));
    if (schedule.cron() == null || schedule.cron().isBlank()) {
      throw new IllegalStateException("scf.reconciliation.cron must be a cron expression, such as "
          + ReconciliationSchedule.NIGHTLY);
    }
    return schedule.cron();
  }
}
