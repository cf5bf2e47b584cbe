package com.scfengine.lettersofcredit;

import com.scfengine.common.ConflictException;
import com.scfengine.common.FieldErrors;
import com.scfengine.common.NotFoundException;
import com.scfengine.limits.Limits;
import com.scfengine.money.BankingCalendar;
import com.scfengine.money.Money;
import com.scfengine.process.AsSystem;
import com.scfengine.swift.DocumentaryCredit;
import com.scfengine.swift.SwiftMessages;
import com.scfengine.swift.SwiftRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters of credit the bank issues and advises: their records, their SWIFT messages, and what people ask of a
 * live credit — an amendment, the beneficiary's answer to it, a presentation of documents, the issuing bank's
 * reimbursement. Each request is checked in full (400 naming every field, nothing written) and then handed to the
 * credit's process as a message; the process does the rest.
 */
@Service
class LettersOfCredit {

  static final String AMENDMENT_REQUESTED = "LcAmendmentRequested";
  static final String AMENDMENT_RESPONSE = "LcAmendmentResponse";
  static final String PRESENTATION_RECEIVED = "LcPresentationReceived";
  static final String REIMBURSED = "LcReimbursed";
  static final String FULLY_DRAWN = "LcFullyDrawn";

  private final LetterOfCreditRepository credits;
  private final LcAmendmentRepository amendments;
  private final LcPresentationRepository presentations;
  private final LcMessageRepository messages;
  private final SwiftMessages swift;
  private final BankingCalendar calendar;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final Limits limits;
  private final Clock clock;

  LettersOfCredit(LetterOfCreditRepository credits, LcAmendmentRepository amendments,
      LcPresentationRepository presentations, LcMessageRepository messages, SwiftMessages swift,
      BankingCalendar calendar, RuntimeService runtimeService, IdentityService identityService, Limits limits,
      Clock clock) {
    this.limits = limits;
    this.credits = credits;
    this.amendments = amendments;
    this.presentations = presentations;
    this.messages = messages;
    this.swift = swift;
    this.calendar = calendar;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.clock = clock;
  }

  // ---- the records --------------------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  LetterOfCredit get(String id) {
    return credits.findById(id).orElseThrow(() -> new NotFoundException("No letter of credit " + FieldErrors.quoted(id)));
  }

  @Transactional(readOnly = true)
  Optional<LetterOfCredit> find(String id) {
    return credits.findById(id);
  }

  @Transactional
  LetterOfCredit save(LetterOfCredit credit) {
    return credits.save(credit);
  }

  @Transactional
  LcAmendment saveAmendment(LcAmendment amendment) {
    return amendments.save(amendment);
  }

  @Transactional
  LcPresentation savePresentation(LcPresentation presentation) {
    return presentations.save(presentation);
  }

  @Transactional(readOnly = true)
  boolean isKnown(String issuingBankBic, String creditNumber) {
    return credits.existsByIssuingBankBicAndCreditNumber(issuingBankBic, creditNumber);
  }

  @Transactional(readOnly = true)
  LcPresentation presentation(String presentationId) {
    return presentations.findById(presentationId)
        .orElseThrow(() -> new NotFoundException("No presentation " + FieldErrors.quoted(presentationId)));
  }

  @Transactional(readOnly = true)
  LcAmendment amendment(String lcId, int number) {
    return amendments.findByLcIdAndNumber(lcId, number)
        .orElseThrow(() -> new NotFoundException("Letter of credit " + lcId + " has no amendment " + number));
  }

  @Transactional(readOnly = true)
  List<LcAmendment> amendmentsOf(String lcId) {
    return amendments.findByLcIdOrderByNumber(lcId);
  }

  @Transactional(readOnly = true)
  List<LcPresentation> presentationsOf(String lcId) {
    return presentations.findByLcIdOrderByNumber(lcId);
  }

  @Transactional(readOnly = true)
  List<LcMessage> messagesOf(String lcId) {
    get(lcId);
    return messages.findByLcIdOrderByCreatedAtAscIdAsc(lcId);
  }

  /** Stores a message once: a retried step that sends it again finds it stored and stores nothing. */
  @Transactional
  void store(String lcId, LcMessage.Direction direction, String type, String subject, List<String> fins) {
    Instant now = Instant.now(clock);
    for (int part = 0; part < fins.size(); part++) {
      String messageType = part == 0 ? type : continuationOf(type);
      LcMessage message = new LcMessage(lcId, direction, messageType, subject, part + 1, fins.get(part), now);
      if (!messages.existsById(message.getId())) {
        messages.save(message);
      }
    }
  }

  /** The credit as received: its MT700 and continuations read back, for an advised credit; empty for one issued. */
  @Transactional(readOnly = true)
  Optional<DocumentaryCredit> received(String lcId) {
    List<String> fins = messages.findByLcIdOrderByCreatedAtAscIdAsc(lcId).stream()
        .filter(m -> m.getDirection() == LcMessage.Direction.IN && m.getSubject().equals("CREDIT"))
        .map(LcMessage::getFin).toList();
    return fins.isEmpty() ? Optional.empty() : Optional.of(swift.readCreditWithContinuations(fins));
  }

  private static String continuationOf(String type) {
    return "700".equals(type) ? "701" : type;
  }

  /**
   * Gives back part of what the credit holds on its limits — a payment made, a decrease accepted — never more than
   * is still held on each facility.
   */
  @Transactional
  void giveBack(String id, BigDecimal amount) {
    BigDecimal part = amount.min(limits.held(id));
    if (part.signum() > 0) {
      limits.releasePart(id, part);
    }
  }

  /** Gives back everything the credit holds on its limits. */
  @Transactional
  void releaseLimits(String id) {
    limits.release(id);
  }

  // ---- dates ----------------------------------------------------------------------------------------------------

  /** The last day to present under the credit as it stands: from its latest shipment date (Art. 14(c), 29(a)). */
  LocalDate lastPresentationDate(LetterOfCredit credit) {
    return UcpDates.lastPresentationDate(calendar, credit.getLatestShipmentDate(), credit.getPresentationDays(),
        credit.getExpiryDate(), credit.getCurrency());
  }

  LocalDate effectiveExpiry(LetterOfCredit credit) {
    return UcpDates.effectiveExpiry(calendar, credit.getExpiryDate(), credit.getCurrency());
  }

  // ---- amendments -----------------------------------------------------------------------------------------------

  /** What an amendment asks: {@code {amountIncrease?, amountDecrease?, newExpiryDate?, newLatestShipmentDate?, narrative?}}. */
  record AmendmentRequest(String amountIncrease, String amountDecrease, String newExpiryDate,
      String newLatestShipmentDate, String narrative) {}

  /**
   * Asks for an amendment of an issued credit: checked against the credit as it stands, recorded as REQUESTED and
   * handed to the credit's process (which decides an increase, sends the MT707 and waits for the beneficiary). One
   * amendment at a time: another while one is pending is a 409.
   */
  @Transactional
  LcAmendment requestAmendment(String id, AmendmentRequest request, String requestedBy) {
    LetterOfCredit credit = get(id);
    if (credit.getSide() != LetterOfCredit.Side.ISSUING) {
      throw new ConflictException("Letter of credit " + id + " was issued by another bank: only its issuer amends it");
    }
    if (credit.getStatus() != LetterOfCredit.Status.ISSUED) {
      throw new ConflictException("Letter of credit " + id + " is " + credit.getStatus() + ": only an issued credit "
          + "can be amended");
    }
    String currency = credit.getCurrency();
    FieldErrors errors = new FieldErrors();
    BigDecimal increase = blank(request.amountIncrease()) ? null
        : errors.positiveAmount("amountIncrease", request.amountIncrease(), currency);
    BigDecimal decrease = blank(request.amountDecrease()) ? null
        : errors.positiveAmount("amountDecrease", request.amountDecrease(), currency);
    if (increase != null && decrease != null) {
      errors.add("amountDecrease", "must not be given together with amountIncrease");
    }
    if (decrease != null && credit.getAmount().subtract(decrease).compareTo(credit.getDrawn()) <= 0) {
      errors.add("amountDecrease", "must leave more than the " + currency + " " + credit.getDrawn().toPlainString()
          + " already drawn of the " + currency + " " + credit.getAmount().toPlainString());
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate expiry = blank(request.newExpiryDate()) ? null : errors.date("newExpiryDate", request.newExpiryDate());
    if (expiry != null && !expiry.isAfter(today)) {
      errors.add("newExpiryDate", "must be after today (" + today + ")");
    }
    LocalDate shipment = blank(request.newLatestShipmentDate()) ? null
        : errors.date("newLatestShipmentDate", request.newLatestShipmentDate());
    LocalDate expiryAfter = expiry != null ? expiry : credit.getExpiryDate();
    if (shipment != null && shipment.isAfter(expiryAfter)) {
      errors.add("newLatestShipmentDate", "must not be after the expiry date " + expiryAfter);
    }
    String narrative = blank(request.narrative()) ? null : request.narrative().strip().replace("\r\n", "\n");
    if (narrative != null) {
      String problem = SwiftRules.fits(narrative, 100, 65, 'z');
      if (problem != null) {
        errors.add("narrative", problem);
      }
    }
    if (increase == null && decrease == null && expiry == null && shipment == null && narrative == null
        && errors.isEmpty()) {
      errors.add("amendment", "must change something: amountIncrease, amountDecrease, newExpiryDate, "
          + "newLatestShipmentDate or narrative");
    }
    errors.throwIfAny("Amendment");
    // the amendment is checked first: a bad one is answered 400 naming its fields whatever else is pending
    List<LcAmendment> earlier = amendments.findByLcIdOrderByNumber(id);
    earlier.stream().filter(LcAmendment::isPending).findFirst().ifPresent(pending -> {
      throw new ConflictException("Amendment " + pending.getNumber() + " of " + id + " is still " + pending.getStatus()
          + ": the beneficiary has not answered it yet");
    });
    int number = earlier.size() + 1;
    LcAmendment amendment = amendments.save(new LcAmendment(id, number, increase, decrease, expiry, shipment,
        narrative, requestedBy, Instant.now(clock)));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("amendmentNumber", number);
    variables.put("amendmentNeedsCredit", increase != null);
    BigDecimal exposureIncrease = increase == null ? BigDecimal.ZERO
        : Money.of(increase.multiply(BigDecimal.valueOf(100L + credit.getTolerancePlus()))
            .divide(BigDecimal.valueOf(100), Money.scale(currency), Money.ROUNDING), currency);
    variables.put("amendmentIncrease", exposureIncrease.toPlainString());
    variables.put("amendmentExposure", Money.of(credit.maximum().add(exposureIncrease), currency).toPlainString());
    asSystem(() -> runtimeService.createMessageCorrelation(AMENDMENT_REQUESTED).processInstanceBusinessKey(id)
        .setVariablesLocal(variables).correlateWithResult(), () -> new ConflictException("Letter of credit " + id
            + " is not open for amendments"));
    return amendment;
  }

  /** The beneficiary's answer to a sent amendment (UCP 600 Art. 10): only then does it change the credit. */
  @Transactional
  LcAmendment answerAmendment(String id, int number, Boolean accepted, String reason) {
    LcAmendment amendment = amendment(id, number);
    FieldErrors errors = new FieldErrors();
    if (accepted == null) {
      errors.add("accepted", "is required: true when the beneficiary accepts the amendment, false when it rejects it");
    }
    String why = errors.comment("reason", reason, 1000);
    errors.throwIfAny("Amendment response");
    if (amendment.getStatus() != LcAmendment.Status.SENT) {
      throw new ConflictException("Amendment " + number + " of " + id + " is " + amendment.getStatus()
          + ": only a sent amendment waits for the beneficiary's answer");
    }
    Map<String, Object> variables = Map.of("amendmentAccepted", accepted, "amendmentReason", why == null ? "" : why);
    // the amendment's variables were given to a message start event of an event subprocess: Camunda sets them on
    // the execution holding its subscription, the process instance (one amendment is pending at a time); the answer
    // goes there too, since variables local to the receive task would end with it, before applyAmendment reads them
    asSystem(() -> runtimeService.createMessageCorrelation(AMENDMENT_RESPONSE).processInstanceBusinessKey(id)
        .processInstanceVariableEquals("amendmentNumber", number).setVariables(variables).correlateWithResult(),
        () -> new ConflictException("Amendment " + number + " of " + id + " is not waiting for an answer"));
    return amendment(id, number);
  }

  // ---- presentations --------------------------------------------------------------------------------------------

  /** One document presented. */
  record PresentedDocument(String type, Integer originals, Integer copies) {}

  /** A presentation: {@code {presentedOn, presenterReference?, presentingBankBic?, documents, invoiceAmount, shipmentDate}}. */
  record PresentationRequest(String presentedOn, String presenterReference, String presentingBankBic,
      List<PresentedDocument> documents, String invoiceAmount, String shipmentDate) {}

  /**
   * Documents presented under the credit: checked, recorded with their examination deadline (Art. 14(b)) and last
   * presentation date (Art. 14(c), 29(a)), examined by the first pass and handed to the credit's process for the
   * examiner. Refused (400) when dated in the future, before issuance or after expiry plus the Art. 29(a) roll.
   */
  @Transactional
  LcPresentation present(String id, PresentationRequest request) {
    LetterOfCredit credit = get(id);
    if (credit.getIssueDate() == null || credit.getStatus() == LetterOfCredit.Status.APPLIED
        || credit.getStatus() == LetterOfCredit.Status.RECEIVED || credit.getStatus() == LetterOfCredit.Status.DECLINED) {
      throw new ConflictException("Letter of credit " + id + " is " + credit.getStatus() + ": documents can be "
          + "presented only under a live credit");
    }
    if (credit.getStatus() == LetterOfCredit.Status.FULLY_DRAWN) {
      throw new ConflictException("Letter of credit " + id + " is fully drawn");
    }
    String currency = credit.getCurrency();
    FieldErrors errors = new FieldErrors();
    LocalDate today = LocalDate.now(clock);
    LocalDate presentedOn = errors.date("presentedOn", request.presentedOn());
    LocalDate expiry = effectiveExpiry(credit);
    if (presentedOn != null) {
      if (presentedOn.isAfter(today)) {
        errors.add("presentedOn", "must not be in the future (today is " + today + ")");
      } else if (presentedOn.isBefore(credit.getIssueDate())) {
        errors.add("presentedOn", "must not be before the credit was issued on " + credit.getIssueDate());
      } else if (presentedOn.isAfter(expiry)) {
        errors.add("presentedOn", "is after the credit expired on " + expiry + " (expiry " + credit.getExpiryDate()
            + ", moved to the next banking day under UCP 600 Art. 29(a))");
      }
    }
    String reference = blank(request.presenterReference()) ? null : request.presenterReference().strip();
    if (reference != null && (reference.length() > 16 || !SwiftRules.isXCharacters(reference)
        || reference.startsWith("/") || reference.endsWith("/") || reference.contains("//"))) {
      errors.add("presenterReference", "must be at most 16 SWIFT characters, not starting or ending with '/' nor "
          + "containing '//'");
    }
    String presentingBank = blank(request.presentingBankBic()) ? null
        : request.presentingBankBic().strip().toUpperCase(Locale.ROOT);
    if (presentingBank != null && !SwiftRules.isBic(presentingBank)) {
      errors.add("presentingBankBic", FieldErrors.quoted(presentingBank) + " is not a BIC");
    }
    List<String> documents = new ArrayList<>();
    if (request.documents() == null || request.documents().isEmpty()) {
      errors.add("documents", "must list at least one document: [{type, originals, copies}]");
    } else {
      for (int i = 0; i < request.documents().size(); i++) {
        PresentedDocument document = request.documents().get(i);
        String field = "documents[" + i + "]";
        RequiredDocuments.Type type = document == null ? null
            : errors.oneOf(field + ".type", document.type(), RequiredDocuments.Type.class);
        int originals = document == null || document.originals() == null ? 0 : document.originals();
        int copies = document == null || document.copies() == null ? 0 : document.copies();
        if (originals < 0 || copies < 0 || originals > 99 || copies > 99) {
          errors.add(field, "originals and copies must be from 0 to 99");
        } else if (originals + copies == 0) {
          errors.add(field, "must be at least one original or copy");
        }
        if (type != null) {
          documents.add(new FirstPass.Presented(type, originals, copies).line());
        }
      }
    }
    BigDecimal amount = errors.positiveAmount("invoiceAmount", request.invoiceAmount(), currency);
    LocalDate shipment = errors.date("shipmentDate", request.shipmentDate());
    if (shipment != null && presentedOn != null && shipment.isAfter(presentedOn)) {
      errors.add("shipmentDate", "must not be after the presentation on " + presentedOn);
    }
    errors.throwIfAny("Presentation");
    int number = presentations.findByLcIdOrderByNumber(id).size() + 1;
    LocalDate deadline = UcpDates.examinationDeadline(calendar, presentedOn, currency);
    LocalDate last = UcpDates.lastPresentationDate(calendar, shipment, credit.getPresentationDays(),
        credit.getExpiryDate(), currency);
    LcPresentation presentation = new LcPresentation(id, number,
        reference != null ? reference : credit.getCreditNumber().length() <= 13
            ? credit.getCreditNumber() + "P" + number : ("P" + number + credit.getCreditNumber()).substring(0, 16),
        presentingBank, presentedOn, shipment, Money.of(amount, currency), String.join("\n", documents), deadline,
        last, Instant.now(clock));
    BigDecimal inHand = presentations.findByLcIdOrderByNumber(id).stream().filter(LettersOfCredit::inHand)
        .map(LcPresentation::getInvoiceAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<FirstPass.Finding> findings = FirstPass.examine(credit, presentation, expiry,
        credit.available().subtract(inHand).max(BigDecimal.ZERO));
    presentation.recordFindings(findings.stream().map(f -> f.kind().name() + ": " + f.text()).toList(),
        Instant.now(clock));
    presentations.save(presentation);
    Map<String, Object> variables = Map.of("presentationId", presentation.getId());
    asSystem(() -> runtimeService.createMessageCorrelation(PRESENTATION_RECEIVED).processInstanceBusinessKey(id)
        .setVariablesLocal(variables).correlateWithResult(), () -> new ConflictException("Letter of credit " + id
            + " does not take presentations now"));
    return presentation(presentation.getId());
  }

  /** A presentation that will draw on the credit but has not yet: examined, waived, accepted, or sent on unpaid. */
  private static boolean inHand(LcPresentation presentation) {
    return switch (presentation.getStatus()) {
      case EXAMINING, COMPLYING, DISCREPANT, WAIVED, ACCEPTED, DISCREPANCIES_ADVISED, FORWARDED -> true;
      default -> false;
    };
  }

    /** The issuing bank reimbursed a presentation the bank negotiated or forwarded: {@code {amount}} in full. */
  @Transactional
  LcPresentation reimburse(String id, int number, String amount) {
    LetterOfCredit credit = get(id);
    LcPresentation presentation = presentationsOf(id).stream().filter(p -> p.getNumber() == number).findFirst()
        .orElseThrow(() -> new NotFoundException("Letter of credit " + id + " has no presentation " + number));
    FieldErrors errors = new FieldErrors();
    BigDecimal paid = errors.positiveAmount("amount", amount, credit.getCurrency());
    if (paid != null && paid.compareTo(presentation.getInvoiceAmount()) != 0) {
      errors.add("amount", "must be the presentation's full amount " + credit.getCurrency() + " "
          + presentation.getInvoiceAmount().toPlainString());
    }
    errors.throwIfAny("Reimbursement");
    asSystem(() -> runtimeService.createMessageCorrelation(REIMBURSED).processInstanceBusinessKey(id)
        .processInstanceVariableEquals("presentationId", presentation.getId()).correlateWithResult(),
        () -> new ConflictException("Presentation " + number + " of " + id + " is not waiting for reimbursement (it is "
            + presentation.getStatus() + ")"));
    return presentation(presentation.getId());
  }

  /** Tells the credit's process that nothing is left to draw, so that it closes the credit. */
  void announceFullyDrawn(String id) {
    // correlates with nothing when the credit's process has already closed the credit
    runtimeService.createMessageCorrelation(FULLY_DRAWN).processInstanceBusinessKey(id).correlateAllWithResult();
  }

  /**
   * Correlates as the system: the caller's role was checked by the API's security rules, and the process decides
   * what the message may do.
   */
  private void asSystem(Runnable correlation, java.util.function.Supplier<RuntimeException> notWaiting) {
    try {
      AsSystem.run(identityService, correlation);
    } catch (MismatchingMessageCorrelationException e) {
      throw notWaiting.get();
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
