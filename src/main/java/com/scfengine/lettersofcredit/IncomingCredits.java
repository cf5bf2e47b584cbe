package com.scfengine.lettersofcredit;

import com.scfengine.applications.Applications;
import com.scfengine.common.ConflictException;
import com.scfengine.common.FieldErrors;
import com.scfengine.enterprises.Enterprise;
import com.scfengine.enterprises.EnterpriseRole;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.process.AsSystem;
import com.scfengine.process.Vars;
import com.scfengine.products.ProductCatalogue;
import com.scfengine.swift.DocumentaryCredit;
import com.scfengine.swift.SwiftMessageException;
import com.scfengine.swift.SwiftMessages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credits other banks issue to the bank's customers: an incoming MT700 (followed by its MT701 continuations, if any,
 * in the same text) read with Prowide and checked by the engine's
 * SWIFT rules, every field mapped to the credit's terms, and an advising case opened ({@code EXPORT_LC}) — all in one
 * transaction, or nothing. The beneficiary must be a registered SME (its name as field 59's first line); the
 * issuing bank is found among the registered banks by its BIC when it is one.
 */
@Service
class IncomingCredits {

  static final String PRODUCT = "EXPORT_LC";

  private static final Pattern DAYS = Pattern.compile("(\\d{1,3}) DAYS");

  private final SwiftMessages swift;
  private final LettersOfCredit credits;
  private final Enterprises enterprises;
  private final LcSettings settings;
  private final ProductCatalogue catalogue;
  private final Applications applications;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  IncomingCredits(SwiftMessages swift, LettersOfCredit credits, Enterprises enterprises, LcSettings settings,
      ProductCatalogue catalogue, Applications applications, RuntimeService runtimeService,
      IdentityService identityService) {
    this.swift = swift;
    this.credits = credits;
    this.enterprises = enterprises;
    this.settings = settings;
    this.catalogue = catalogue;
    this.applications = applications;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /**
   * Reads an MT700 and opens its advising case. A message that does not parse or breaks the rules is a 400 naming
   * each field tag; a credit number already received from the same issuing bank is a 409.
   */
  @Transactional
  String receive(String fin, String receivedBy) {
    List<String> fins = messages(fin);
    DocumentaryCredit credit;
    try {
      credit = fins.size() == 1 ? swift.readCredit(fins.get(0)) : swift.readCreditWithContinuations(fins);
    } catch (SwiftMessageException broken) {
      FieldErrors errors = new FieldErrors();
      broken.problems().forEach(problem -> errors.add(problem.tag(), problem.message()));
      errors.throwIfAny("MT700");
      throw broken;
    }
    FieldErrors errors = new FieldErrors();
    if (credit.receiverBic() == null || !credit.receiverBic().startsWith(settings.bankBic().substring(0, 8))) {
      errors.add("receiver", "the MT700 is addressed to " + credit.receiverBic() + ", not to this bank ("
          + settings.bankBic() + ")");
    }
    String[] beneficiaryLines = credit.beneficiary() == null ? new String[0] : credit.beneficiary().split("\n", 2);
    Optional<Enterprise> beneficiary = beneficiaryLines.length == 0 ? Optional.empty()
        : enterprises.named(beneficiaryLines[0], EnterpriseRole.SME);
    if (beneficiary.isEmpty()) {
      errors.add("59", "the beneficiary '" + (beneficiaryLines.length == 0 ? "" : beneficiaryLines[0])
          + "' is not a customer of the bank (no registered SME of that name)");
    }
    LcTerms.AvailableBy by = availableBy(credit.availableBy(), errors);
    errors.throwIfAny("MT700");
    if (credits.isKnown(credit.senderBic(), credit.creditNumber())) {
      throw new ConflictException("Credit " + credit.creditNumber() + " of " + credit.senderBic()
          + " has been received already");
    }
    Optional<Enterprise> issuingBank = enterprises.bankOf(credit.senderBic());
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(LcTerms.SIDE, LetterOfCredit.Side.NOMINATED.name());
    variables.put(Vars.APPLICANT_ID, beneficiary.get().getId());
    variables.put(Vars.COUNTERPARTY_ID, issuingBank.map(Enterprise::getId).orElse(null));
    variables.put(Vars.SUBMITTED_BY, receivedBy);
    variables.put(LcTerms.ISSUING_BANK_BIC, credit.senderBic());
    variables.put("issuingBankName", issuingBank.map(Enterprise::getName).orElse(credit.senderBic()));
    variables.put("lcApplicant", credit.applicant());
    variables.put(Vars.ISSUE_DATE, credit.issueDate() == null ? null : credit.issueDate().toString());
    variables.put(LcTerms.CREDIT_NUMBER, credit.creditNumber());
    variables.put(LcTerms.BENEFICIARY_NAME, beneficiaryLines[0]);
    variables.put(LcTerms.BENEFICIARY_ADDRESS, beneficiaryLines.length > 1 ? beneficiaryLines[1] : null);
    variables.put(LcTerms.BENEFICIARY_COUNTRY, beneficiary.get().getCountry());
    variables.put(LcTerms.BENEFICIARY_ACCOUNT, credit.beneficiaryAccount());
    variables.put(LcTerms.ADVISING_BANK_BIC, credit.receiverBic());
    variables.put(Vars.CURRENCY, credit.currency());
    variables.put(LcTerms.AMOUNT, credit.amount() == null ? null : credit.amount().toPlainString());
    variables.put(LcTerms.TOLERANCE_PLUS, credit.tolerancePlus());
    variables.put(LcTerms.TOLERANCE_MINUS, credit.toleranceMinus());
    variables.put(LcTerms.EXPIRY_DATE, credit.expiryDate() == null ? null : credit.expiryDate().toString());
    variables.put(LcTerms.EXPIRY_PLACE, credit.expiryPlace());
    variables.put(LcTerms.LATEST_SHIPMENT_DATE, credit.latestShipmentDate() == null ? null
        : credit.latestShipmentDate().toString());
    variables.put(LcTerms.PRESENTATION_DAYS, credit.presentationDays());
    variables.put(LcTerms.AVAILABLE_BY, by.name());
    variables.put(LcTerms.TENOR_DAYS, by.usance() ? tenor(credit) : null);
    variables.put(LcTerms.PARTIAL_SHIPMENTS, shipments(credit.partialShipments()));
    variables.put(LcTerms.TRANSHIPMENT, shipments(credit.transhipment()));
    variables.put(LcTerms.PORT_OF_LOADING, credit.portOfLoading());
    variables.put(LcTerms.PORT_OF_DISCHARGE, credit.portOfDischarge());
    variables.putAll(LcTerms.narratives(credit.goods(), credit.documentsRequired(), credit.additionalConditions()));
    LcTerms.Confirmation confirmation = "MAY ADD".equals(credit.confirmation()) ? LcTerms.Confirmation.MAY_ADD
        : LcTerms.Confirmation.valueOf(credit.confirmation());
    variables.put(LcTerms.CONFIRMATION, confirmation.name());
    variables.put("confirmationRequested", confirmation != LcTerms.Confirmation.WITHOUT);
    variables.put("charges", credit.charges());

    ProductCatalogue.Product product = catalogue.toStart(PRODUCT);
    String id = applications.newId(PRODUCT);
    variables.put(Vars.PRODUCT, PRODUCT);
    // started as the system: the caller's role was checked by the API's security rules
    AsSystem.run(identityService, () -> runtimeService.startProcessInstanceById(product.processDefinitionId(), id,
        variables));
    credits.store(id, LcMessage.Direction.IN, "700", "CREDIT", fins);
    return id;
  }

  /** The MT700 and the MT701 continuations that follow it in the same text, each from its basic header block. */
  static List<String> messages(String text) {
    String all = text == null ? "" : text.strip();
    List<String> fins = new java.util.ArrayList<>();
    int start = 0;
    int next;
    while ((next = all.indexOf("{1:", start + 1)) > 0) {
      fins.add(all.substring(start, next).strip());
      start = next;
    }
    fins.add(all.substring(start).strip());
    return fins;
  }

  private static LcTerms.AvailableBy availableBy(String code, FieldErrors errors) {
    if (code == null) {
      errors.add("41a", "the credit does not say how it is available");
      return LcTerms.AvailableBy.PAYMENT;
    }
    return switch (code) {
      case "BY PAYMENT" -> LcTerms.AvailableBy.PAYMENT;
      case "BY ACCEPTANCE" -> LcTerms.AvailableBy.ACCEPTANCE;
      case "BY NEGOTIATION" -> LcTerms.AvailableBy.NEGOTIATION;
      case "BY DEF PAYMENT" -> LcTerms.AvailableBy.DEFERRED_PAYMENT;
      default -> {
        errors.add("41a", FieldErrors.quoted(code) + ": the engine advises credits available by payment, acceptance, negotiation "
            + "or deferred payment, not mixed payment");
        yield LcTerms.AvailableBy.PAYMENT;
      }
    };
  }

  /** The usance in days, from the drafts' tenor (42C) or the deferred payment details (42P). */
  private static Integer tenor(DocumentaryCredit credit) {
    for (String text : new String[] {credit.draftsAt(), credit.deferredPaymentDetails()}) {
      if (text != null) {
        Matcher days = DAYS.matcher(text.replace('\n', ' '));
        if (days.find()) {
          return Integer.parseInt(days.group(1));
        }
      }
    }
    return null;
  }

  private static String shipments(String code) {
    return "NOT ALLOWED".equals(code) ? LcTerms.Shipments.NOT_ALLOWED.name() : LcTerms.Shipments.ALLOWED.name();
  }
}
