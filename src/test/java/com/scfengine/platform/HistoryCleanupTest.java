package com.scfengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.support.DatabaseTest;
import java.time.LocalTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The database does not grow without bound: every deployed model says how long its history is kept, and the engine's
 * history clean-up is scheduled in its nightly window.
 */
@DatabaseTest
class HistoryCleanupTest {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;

  @Test
  void everyModelKeepsItsHistoryForADeclaredTimeAndTheCleanUpRunsAtNight() {
    assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
        .isNotEmpty()
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
            .isNotNull().isBetween(1, 3650));
    assertThat(repository.createDecisionDefinitionQuery().latestVersion().list())
        .isNotEmpty()
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
            .isNotNull().isBetween(1, 3650));
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("factoring").latestVersion()
        .singleResult().getHistoryTimeToLive()).isEqualTo(365);

    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("20:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
    assertThat(history.findHistoryCleanupJobs()).as("scheduled at start").isNotEmpty();
    for (Job cleanup : history.findHistoryCleanupJobs()) {
      LocalTime due = cleanup.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
      assertThat(due.isBefore(LocalTime.of(6, 0)) || !due.isBefore(LocalTime.of(20, 0)))
          .as("due %s, inside the window", due).isTrue();
    }
  }
}
