package com.scfengine.financing;

import com.scfengine.applications.Applications;
import com.scfengine.applications.FinancingApplication;
import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the money building blocks read of the pricing: the figures the pricing step computed, as the application's
 * record keeps them — never as a process variable a person might have touched. For an application whose record
 * holds no figures, the variables.
 */
@Component
class RecordedPricing {

  private final Applications applications;

  RecordedPricing(Applications applications) {
    this.applications = applications;
  }

  FinancingApplication.Pricing of(DelegateExecution run) {
    String id = Vars.applicationId(run);
    return applications.get(id).getPricing().orElseGet(() -> new FinancingApplication.Pricing(
        Vars.amount(run, Vars.ADVANCE), Vars.amount(run, Vars.DISCOUNT_INTEREST), Vars.amount(run, Vars.SERVICE_FEE),
        Vars.amount(run, Vars.NET_ADVANCE)));
  }
}
