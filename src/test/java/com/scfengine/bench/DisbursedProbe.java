package com.scfengine.bench;

import java.util.ArrayList;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Counts applications as they pass the disbursement, without polling: an engine plugin (registered by the
 * benchmark only, never by the product) adds an end listener to the disbursement step of the measured
 * process definitions, and the listener reports the business key when that step's transaction has
 * COMMITTED — the moment {@code GET /api/applications/{id}} starts answering DISBURSED.
 */
public final class DisbursedProbe extends AbstractProcessEnginePlugin {

  /** The disbursement step of each measured process definition, by process key. */
  private final Map<String, String> stepByProcessKey;
  private volatile Tracker tracker;

  DisbursedProbe(Map<String, String> stepByProcessKey) {
    this.stepByProcessKey = Map.copyOf(stepByProcessKey);
  }

  /** Completions go to this tracker from now on (null: nowhere). */
  void reportTo(Tracker tracker) {
    this.tracker = tracker;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
        if (activity.getId().equals(stepByProcessKey.get(processKey))) {
          activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) DisbursedProbe.this::passed);
        }
      }
    });
  }

  private void passed(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
        committed -> {
          Tracker current = tracker;
          if (current != null) {
            current.done(businessKey, System.nanoTime());
          }
        });
  }
}
