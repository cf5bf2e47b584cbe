package com.scfengine.lettersofcredit;

import com.scfengine.applications.Rejections;
import com.scfengine.enterprises.Enterprise;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.limits.FacilityKind;
import com.scfengine.limits.Limits;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code reserveConfirmationLimits}: a confirmation makes the bank liable in the issuing bank's place,
 * so it holds the credit's maximum on the issuing bank's BANK facility and on its country's COUNTRY facility — both
 * or nothing.
 */
@Component("reserveConfirmationLimits")
class ReserveConfirmationLimitsDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("reserveConfirmationLimits", "Holds a confirmed "
          + "credit's maximum on the issuing bank's BANK facility and its country's COUNTRY facility, both or nothing.")
      .order(720)
      .reads("applicationId", "the credit's record: its issuing bank, maximum and currency")
      .error(ReserveLcLimitDelegate.LIMIT_EXCEEDED, "the bank is unknown or a facility has not enough available; "
          + "nothing stays held")
      .build();

  private final LettersOfCredit credits;
  private final Enterprises enterprises;
  private final Limits limits;
  private final Rejections rejections;

  ReserveConfirmationLimitsDelegate(LettersOfCredit credits, Enterprises enterprises, Limits limits,
      Rejections rejections) {
    this.credits = credits;
    this.enterprises = enterprises;
    this.limits = limits;
    this.rejections = rejections;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    LetterOfCredit credit = credits.get(id);
    String bic = credit.getIssuingBankBic();
    Enterprise bank = enterprises.bankOf(bic).orElseThrow(() -> rejections.refuse(run,
        ReserveLcLimitDelegate.LIMIT_EXCEEDED, "Issuing bank " + bic + " is not a registered bank: it has no limit"));
    String product = credit.getProduct();
    String currency = credit.getCurrency();
    var amount = credit.maximum();
    var held = limits.reserve(id, bank.getId(), FacilityKind.BANK, product, amount, currency);
    if (!held.granted()) {
      throw rejections.refuse(run, ReserveLcLimitDelegate.LIMIT_EXCEEDED, held.reason());
    }
    var country = limits.reserveCountry(id, bank.getCountry(), product, amount, currency);
    if (!country.granted()) {
      limits.release(id);
      throw rejections.refuse(run, ReserveLcLimitDelegate.LIMIT_EXCEEDED, country.reason());
    }
  }
}
