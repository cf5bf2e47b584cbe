package com.scfengine.lettersofcredit;

import com.scfengine.money.Money;
import com.scfengine.swift.Amendment;
import com.scfengine.swift.DocumentaryCredit;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The terms of the messages the bank sends for a credit it issues, from the credit's record: the MT700 of its
 * issuance, the MT707 of an amendment — and the issuance commission, which goes with the MT700.
 */
@Component
class OutgoingMessages {

  /** Field 71D of the credits the bank issues: the usual split of charges. */
  static final String CHARGES = "ALL BANKING CHARGES OUTSIDE THE ISSUING BANK ARE FOR ACCOUNT OF THE BENEFICIARY";

  private final LcSettings settings;

  OutgoingMessages(LcSettings settings) {
    this.settings = settings;
  }

  /** The MT700 of a credit issued today, available with the advising bank. */
  DocumentaryCredit credit(LetterOfCredit credit, LocalDate today) {
    boolean tolerance = credit.getTolerancePlus() > 0 || credit.getToleranceMinus() > 0;
    LcTerms.AvailableBy by = credit.getAvailableBy();
    Integer tenor = credit.getTenorDays();
    String draftsAt = switch (by) {
      case ACCEPTANCE -> "AT " + tenor + " DAYS AFTER SIGHT";
      case NEGOTIATION -> "AT SIGHT";
      default -> null;
    };
    return new DocumentaryCredit(
        settings.bankBic(), credit.getAdvisingBankBic(),
        credit.getCreditNumber(),
        credit.getIssueDate() != null ? credit.getIssueDate() : today,
        "IRREVOCABLE",
        "UCP LATEST VERSION",
        credit.getExpiryDate(), credit.getExpiryPlace(),
        credit.getApplicant(),
        credit.getBeneficiaryAccount(),
        credit.getBeneficiary(),
        credit.getCurrency(), credit.getAmount(),
        tolerance ? credit.getTolerancePlus() : null, tolerance ? credit.getToleranceMinus() : null,
        credit.getAdvisingBankBic(), availableBy(by),
        draftsAt, draftsAt == null ? null : settings.bankBic(),
        by == LcTerms.AvailableBy.DEFERRED_PAYMENT ? "AT " + tenor + " DAYS AFTER PRESENTATION" : null,
        shipments(credit.getPartialShipments()), shipments(credit.getTranshipment()),
        null, credit.getPortOfLoading(), credit.getPortOfDischarge(), null,
        credit.getLatestShipmentDate(),
        credit.getGoods(), credit.getDocumentsRequired(), credit.getAdditionalConditions(),
        CHARGES,
        credit.getPresentationDays(), "DAYS AFTER THE DATE OF SHIPMENT",
        credit.getConfirmation() == LcTerms.Confirmation.MAY_ADD ? "MAY ADD" : credit.getConfirmation().name(),
        null, null);
  }

  /** The MT707 of an amendment, sent today to the advising bank. */
  Amendment amendment(LetterOfCredit credit, LcAmendment amendment, LocalDate today) {
    boolean amountChanges = amendment.getAmountIncrease() != null || amendment.getAmountDecrease() != null;
    return new Amendment(settings.bankBic(), credit.getAdvisingBankBic(), credit.getCreditNumber(), "NONREF",
        credit.getIssueDate(), amendment.getNumber(), today, "ISSU",
        amountChanges ? credit.getCurrency() : null, amendment.getAmountIncrease(), amendment.getAmountDecrease(),
        amendment.getNewExpiryDate(), amendment.getNewExpiryDate() == null ? null : credit.getExpiryPlace(),
        amendment.getNewLatestShipmentDate(), amendment.getNarrative(), null);
  }

  /**
   * The issuance commission: the configured rate per started quarter of the credit's life (from issuance to its expiry,
   * or to the maturity of drafts presented at expiry), on the amount plus the positive tolerance.
   */
  BigDecimal issuanceCommission(LetterOfCredit credit, LocalDate today) {
    LocalDate end = credit.getExpiryDate();
    if (credit.getAvailableBy().usance() && credit.getTenorDays() != null) {
      end = end.plusDays(credit.getTenorDays());
    }
    int quarters = 1;
    while (today.plusMonths(3L * quarters).isBefore(end)) {
      quarters++;
    }
    return Money.of(credit.maximum().multiply(settings.issuanceCommissionRate())
        .multiply(BigDecimal.valueOf(quarters)), credit.getCurrency());
  }

  private static String availableBy(LcTerms.AvailableBy by) {
    return switch (by) {
      case PAYMENT -> "BY PAYMENT";
      case ACCEPTANCE -> "BY ACCEPTANCE";
      case NEGOTIATION -> "BY NEGOTIATION";
      case DEFERRED_PAYMENT -> "BY DEF PAYMENT";
    };
  }

  private static String shipments(LcTerms.Shipments shipments) {
    return shipments == LcTerms.Shipments.NOT_ALLOWED ? "NOT ALLOWED" : "ALLOWED";
  }
}
