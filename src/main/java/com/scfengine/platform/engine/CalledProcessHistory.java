package com.scfengine.platform.engine;

import com.scfengine.process.CopiedTerms;
import com.scfengine.process.Vars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * History level {@code audit}, without the copies. Every called process of an application (document
 * checks, credit decision, collection) gets copies of the application's terms ({@link Vars#APPLICATION_TERMS} and
 * {@link Vars#DERIVED_TERMS}: parties, instrument, amounts, dates), of its credit figures ({@link Vars#CREDIT_FIGURES}:
 * rating, limits, priced amounts) and of what its product declares ({@link CopiedTerms}: options, pricing
 * figures), which no called process changes; the
 * audit level wrote each copy to {@code ACT_HI_VARINST} again — half of the variable history of a straight-through
 * application, all of it already in the history of the application's own instance. This handler writes everything
 * Camunda's does, except the history of those copies in a called process instance. What a called process decides or
 * records (screening outcome, authority, votes, comments) is kept in its history and passed back to the
 * application's instance.
 *
 * <p>The choice depends only on the variable's name and whether its instance is a called one — the same for its
 * creation, updates and deletion — so the history never updates a row it did not write.
 */
@Component
class CalledProcessHistory extends AbstractProcessEnginePlugin {

  private final List<CopiedTerms> products;

  CalledProcessHistory(List<CopiedTerms> products) {
    this.products = products;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getHistoryEventHandler() != null || !configuration.isEnableDefaultDbHistoryEventHandler()) {
      return; // the history is written by someone else's handler: leave it alone
    }
    // in place of Camunda's own database handler, before any custom handler
    List<HistoryEventHandler> handlers = new ArrayList<>();
    Set<String> terms = new java.util.HashSet<>(Vars.APPLICATION_TERMS);
    terms.addAll(Vars.DERIVED_TERMS);
    terms.addAll(Vars.CREDIT_FIGURES);
    products.forEach(product -> terms.addAll(product.names()));
    handlers.add(new Writer(Set.copyOf(terms)));
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** Camunda's database history handler, skipping the copied terms in called process instances. */
  static final class Writer extends DbHistoryEventHandler {

    private final Set<String> copiedTerms;

    Writer(Set<String> copiedTerms) {
      this.copiedTerms = copiedTerms;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isCopiedTerm(event)) {
        super.handleEvent(event);
      }
    }

    boolean isCopiedTerm(HistoryEvent event) {
      if (!(event instanceof HistoricVariableUpdateEventEntity variable)) {
        return false;
      }
      String root = variable.getRootProcessInstanceId();
      return root != null && variable.getProcessInstanceId() != null
          && !root.equals(variable.getProcessInstanceId())
          && copiedTerms.contains(variable.getVariableName());
    }
  }
}
