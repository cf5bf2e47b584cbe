package com.scfengine.forfaiting;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of {@link PricingTable#DECISION}, evaluated by the engine's decision service — so a
 * table the bank redeploys prices the next quote.
 *
 * <p>Evaluated as the system: the caller's role was checked by the API's security rules (or it is a step of a
 * process), and no role holds CREATE_INSTANCE on decision definitions. The evaluation runs in an engine command with
 * Camunda's own {@code runWithoutAuthorization}, which restores the checks as they were afterwards — also when the
 * command is a step of a process that is already running one. At history level audit nothing is written (at level
 * full the engine keeps each evaluation as a historic decision instance).
 */
@Component
class DeployedPricingTable implements PricingTable {

  private final DecisionService decisions;
  private final CommandExecutor commands;

  DeployedPricingTable(ProcessEngine engine) {
    this.decisions = engine.getDecisionService();
    this.commands =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  @Override
  public Map<String, Object> evaluate(Map<String, Object> inputs) {
    DmnDecisionRuleResult row = commands.execute(context -> context.runWithoutAuthorization(
        () -> decisions.evaluateDecisionTableByKey(DECISION, inputs).getFirstResult()));
    return row == null ? null : row.getEntryMap();
  }
}
