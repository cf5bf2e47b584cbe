package com.scfengine.financing;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.Vars;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code buyerClaim}: without recourse, the bank bears the buyer's risk: the advance becomes a claim
 * on the buyer, booked once by {@link Bookings#lodgeClaim}. The limits stay used while the claim is open; the
 * application stays OVERDUE.
 */
@Component("buyerClaim")
class BuyerClaimDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("buyerClaim", "Without recourse, the advance "
          + "becomes the bank's claim on the counterparty; the limits stay used while the claim is open."
          + BuildingBlock.callsOut("core banking"))
      .order(440)
      .reads("advance, currency, counterpartyId", "the advance as recorded on the application, and the "
          + "counterparty")
      .writes("status OVERDUE, decision CLAIM_LODGED", "the application record")
      .build();

  private final Bookings bookings;
  private final RecordedPricing pricing;
  private final Applications applications;

  BuyerClaimDelegate(Bookings bookings, RecordedPricing pricing, Applications applications) {
    this.bookings = bookings;
    this.pricing = pricing;
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution run) {
    String id = Vars.applicationId(run);
    String currency = Vars.string(run, Vars.CURRENCY);
    BigDecimal advance = pricing.of(run).advance();
    String buyer = Vars.string(run, Vars.COUNTERPARTY_ID);
    bookings.lodgeClaim(id, buyer, currency, advance);
    applications.update(id, ApplicationStatus.OVERDUE, "CLAIM_LODGED",
        "A claim of " + advance.toPlainString() + " " + currency + " was lodged against " + buyer);
  }
}
