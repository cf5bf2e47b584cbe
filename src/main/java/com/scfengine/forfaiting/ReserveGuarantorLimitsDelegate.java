package com.scfengine.forfaiting;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.applications.Rejections;
import com.scfengine.limits.FacilityKind;
import com.scfengine.limits.Limits;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code reserveGuarantorLimits}: holds the deal's full face value on the guarantor bank's BANK facility
 * and on its country's COUNTRY facility — both or nothing.
 */
@Component("reserveGuarantorLimits")
class ReserveGuarantorLimitsDelegate implements JavaDelegate {

  static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("reserveGuarantorLimits", "Holds the full face value "
          + "of a deal on the guarantor bank's BANK facility and on its country's COUNTRY facility: both or nothing. "
          + "Marks the application APPROVED.")
      .order(325)
      .reads("advance", "the face value the pricing step recorded on the application")
      .reads("guarantorBankId, guarantorCountry, currency, product", "whose facilities, in which currency")
      .writes("status APPROVED", "the application record")
      .writes("rejectionReason", "why, when refused")
      .error(LIMIT_EXCEEDED, "the bank's or the country's facility has not enough available; nothing stays held")
      .build();

  private final Limits limits;
  private final Applications applications;
  private final Rejections rejections;

  ReserveGuarantorLimitsDelegate(Limits limits, Applications applications, Rejections rejections) {
    this.limits = limits;
    this.applications = applications;
    this.rejections = rejections;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    String currency = Vars.string(run, Vars.CURRENCY);
    String product = Vars.string(run, Vars.PRODUCT);
    BigDecimal face = applications.get(id).getPricing().orElseThrow(() ->
        new IllegalStateException("Deal " + id + " was not priced before its limits are held")).advance();
    var bank = limits.reserve(id, Vars.string(run, ForfaitingBody.GUARANTOR_BANK_ID), FacilityKind.BANK, product, face,
        currency);
    if (!bank.granted()) {
      throw rejections.refuse(run, LIMIT_EXCEEDED, bank.reason());
    }
    var country = limits.reserveCountry(id, Vars.string(run, "guarantorCountry"), product, face, currency);
    if (!country.granted()) {
      limits.release(id);
      throw rejections.refuse(run, LIMIT_EXCEEDED, country.reason());
    }
    applications.update(id, ApplicationStatus.APPROVED, null, null);
  }
}
