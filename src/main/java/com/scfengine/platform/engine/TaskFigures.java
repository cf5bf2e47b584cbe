package com.scfengine.platform.engine;

import com.scfengine.money.Figures;
import com.scfengine.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The figures of every user task as people read them. When a task is created, each amount the task can see gets a
 * task variable {@code <name>Text} in its currency ({@code advanceText = "USD 120,000.00"}), each rate kept as a
 * fraction one in percent ({@code discountRateText = "7.50 %"}), and the credit authority its words
 * ({@code authorityText}). Forms and the Tasklist cards show these; the process variables stay exact decimal text
 * for the engine, the API and the rules. They live on the task only (what the person saw is in its history). An
 * amount in the task's name, written by the model as {@code ${currency} ${requestedAmount}}, reads
 * {@code USD 150,000.00} too. Nothing of this is in a model, so a product deployed later gets it as well.
 */
@Component
public class TaskFigures extends AbstractProcessEnginePlugin {

  /** Amounts in the application's {@code currency}. */
  public static final List<String> AMOUNTS = List.of("faceAmount", "requestedAmount", "amount", "advance", "discountInterest",
      "serviceFee", "netAdvance", "reserve", "applicantLimitAvailable", "counterpartyLimitAvailable",
      "bankLimitAvailable", "countryLimitAvailable", "totalProceeds", "commitmentFee", "netProceeds", "exposure",
      "presentationAmount", "discrepancyFee", "settlementAmount");

  /** Rates and probabilities kept as decimal fractions. */
  public static final List<String> RATES = List.of("advanceRate", "discountRate", "serviceFeeRate", "baseRate", "margin",
      "probabilityOfDefault");

  /** The credit-authority table's answers, as an approver reads them. */
  static final Map<String, String> AUTHORITIES = Map.of(
      "STRAIGHT_THROUGH", "Straight through (no one decides)",
      "ANALYST_APPROVER", "An analyst recommends, an approver decides",
      "COMMITTEE", "The credit committee: two approvers vote");

  private static final TaskListener WRITE_FIGURES = TaskFigures::writeFigures;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, WRITE_FIGURES);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** An ISO currency code, a space and a plain decimal, as a name expression writes an amount. */
  private static final Pattern PLAIN_AMOUNT = Pattern.compile("\\b([A-Z]{3}) (\\d+(?:\\.\\d+)?)\\b");

  static void writeFigures(DelegateTask task) {
    if (task.getName() != null) {
      task.setName(readable(task.getName()));
    }
    Object currency = task.getVariable("currency");
    if (currency != null && Money.isKnownCurrency(currency.toString())) {
      for (String name : AMOUNTS) {
        BigDecimal amount = decimal(task.getVariable(name));
        if (amount != null) {
          task.setVariableLocal(name + "Text", Figures.amount(currency.toString(), amount));
        }
      }
    }
    for (String name : RATES) {
      BigDecimal rate = decimal(task.getVariable(name));
      if (rate != null) {
        task.setVariableLocal(name + "Text", Figures.percent(rate));
      }
    }
    Object authority = task.getVariable("authority");
    if (authority != null) {
      task.setVariableLocal("authorityText", AUTHORITIES.getOrDefault(authority.toString(), authority.toString()));
    }
  }

  /** {@code Review credit: Acme, USD 150000.00} reads {@code Review credit: Acme, USD 150,000.00}. */
  static String readable(String name) {
    Matcher amount = PLAIN_AMOUNT.matcher(name);
    StringBuilder readable = new StringBuilder();
    while (amount.find()) {
      String currency = amount.group(1);
      String figure = Money.isKnownCurrency(currency)
          ? Figures.amount(currency, new BigDecimal(amount.group(2))) : amount.group();
      amount.appendReplacement(readable, Matcher.quoteReplacement(figure));
    }
    amount.appendTail(readable);
    return readable.toString();
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal exact) {
      return exact;
    }
    if (value == null || value instanceof Boolean) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException notAFigure) {
      return null;
    }
  }
}
