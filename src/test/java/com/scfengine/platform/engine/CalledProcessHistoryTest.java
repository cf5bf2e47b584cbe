package com.scfengine.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.junit.jupiter.api.Test;

/** Which history events the handler leaves out: only a called instance's copies of the terms. */
class CalledProcessHistoryTest {

  private final CalledProcessHistory.Writer writer = new CalledProcessHistory.Writer(Set.of("applicantName"));

  @Test
  void aCalledInstancesCopyOfATermIsLeftOutEverythingElseIsWritten() {
    assertThat(writer.isCopiedTerm(variable("applicantName", "called", "root"))).isTrue();
    assertThat(writer.isCopiedTerm(variable("applicantName", "root", "root"))).as("the application's own").isFalse();
    assertThat(writer.isCopiedTerm(variable("screeningOutcome", "called", "root"))).as("what it found").isFalse();
    assertThat(writer.isCopiedTerm(variable("applicantName", "called", null))).as("root unknown").isFalse();
    HistoricProcessInstanceEventEntity instance = new HistoricProcessInstanceEventEntity();
    instance.setProcessInstanceId("called");
    instance.setRootProcessInstanceId("root");
    assertThat(writer.isCopiedTerm(instance)).as("not a variable").isFalse();
  }

  private static HistoricVariableUpdateEventEntity variable(String name, String instance, String root) {
    HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
    event.setVariableName(name);
    event.setProcessInstanceId(instance);
    event.setRootProcessInstanceId(root);
    return event;
  }
}
