package com.scfengine.products.blocks;

import static com.scfengine.products.blocks.BuildingBlock.Kind.CALLED_PROCESS;
import static com.scfengine.products.blocks.BuildingBlock.Kind.SERVICE_TASK;
import static com.scfengine.products.blocks.BuildingBlock.Kind.TASK_LISTENER;

import com.scfengine.products.blocks.BuildingBlock.Item;
import com.scfengine.products.blocks.BuildingBlock.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one list of building blocks: served at {@code GET /api/building-blocks}, written to
 * {@code docs/building-blocks.md}, and the list the deployment validation checks every
 * {@code camunda:delegateExpression} against. A test keeps it equal to the delegate beans of the
 * application, so a block added in Java without an entry here (or the reverse) fails the build.
 */
@Component
public class BuildingBlockCatalogue {

  private static final String TERMS = "applicantId, counterpartyId, instrumentNumber, faceAmount, requestedAmount, "
      + "currency, issueDate, dueDate";
  private static final String ASYNC = " Run it after an async continuation (asyncBefore with a retry cycle such as "
      + "R3/PT30S, on it or on the call activity around it), so that an outage retries: it calls ";

  private static final List<BuildingBlock> BLOCKS = List.of(
      // ------------------------------------------------------------------ applications
      block("registerApplication", SERVICE_TASK, "Opens the application record (id = business key) and registers the "
          + "receivable or instrument against duplicate financing, in the transaction that starts the instance: the "
          + "first task after the start event of every product. A duplicate refuses the start (HTTP 409), bad terms "
          + "refuse it (HTTP 400), and nothing is written.")
          .reads(TERMS, "the application's terms (standard variable names), all checked")
          .reads("submittedBy", "who submitted, when no one is signed in; set camunda:initiator=\"submittedBy\" on the "
              + "start event. The signed-in user who starts the instance is the submitter whatever the variable says, "
              + "and the block sets it")
          .reads("customsDeclaration", "optional: the customs export declaration an export receivable cites")
          .setting("instrumentKind", "INVOICE (default), BILL_OF_EXCHANGE, PROMISSORY_NOTE, LC_CLAIM, PURCHASE_ORDER "
              + "or WAREHOUSE_RECEIPT")
          .writes("applicationId, product", "the application id (= business key) and the product code")
          .writes("applicantName, counterpartyName", "the parties' registered names")
          .writes("tenorDays, paymentDueAt, overdueAt", "days to the due date; due date and due date + grace days "
              + "as dates for timers")
          .writes("graceDays, buyerReminderAfter, buyerConfirmationCutOff", "the product's settings "
              + "(scf.products.settings in config/application.yaml)")
          .writes("status SUBMITTED", "the application record")
          .build(),
      block("recordOutcome", SERVICE_TASK, "Moves the application to a status, readable at GET "
          + "/api/applications/{id}. REJECTED and CANCELLED also give back every limit held and release the "
          + "receivable, here and in the external registry.")
          .reads("rejectionReason", "the reason of a REJECTED outcome when the setting reason is not given")
          .setting("status", "required: SUBMITTED, IN_REVIEW, APPROVED, REJECTED, ISSUED, DISBURSED, SETTLED, OVERDUE "
              + "or CANCELLED")
          .setting("decision", "optional: the decision to record, e.g. DECLINED, NOT_ELIGIBLE")
          .setting("reason", "optional: the reason to record; an expression such as ${eligibilityReason} works")
          .writes("status, decision, reason", "the application record")
          .build(),
      block("rejectApplication", SERVICE_TASK, "Records a reason on the application and throws a BPMN error, so that "
          + "a called process can end its caller's path (the caller's boundary event catches it).")
          .setting("errorCode", "required: the BPMN error code to throw, e.g. CREDIT_DECLINED")
          .setting("reason", "required: the reason, an expression allowed")
          .writes("rejectionReason", "the reason")
          .error("<errorCode>", "always: the code given in the setting errorCode")
          .build(),
      block("reminder", SERVICE_TASK, "Escalates the open tasks of the instance (priority raised to at least 75, 25 more each time) so that they "
          + "rise in every Tasklist queue. Put it behind a non-interrupting timer on the waiting task.")
          .reads("remindersSent", "reminders so far")
          .writes("remindersSent", "reminders so far, plus one")
          .build(),
      block("fourEyes", TASK_LISTENER, "Separation of duties enforced by the engine, on the complete event of a user "
          + "task: the completer must be signed in, belong to a candidate group (or be the assignee), be the assignee "
          + "of a claimed task, differ from the submitter (as the application's record says) and from everyone who "
          + "completed an earlier guarded task of the instance. A completion that breaks it is refused (HTTP 403 on "
          + "/engine-rest) and changes nothing.")
          .reads("applicationId", "the application, whose record names its submitter")
          .reads("deciders", "who decided before (comma-separated)")
          .writes("deciders", "the completer added")
          .writes("<taskDefinitionKey>CompletedBy", "who completed this task, e.g. UserTask_ReviewCreditCompletedBy")
          .writes("task assignee", "the completer, so that history shows who decided")
          .build(),
      // ------------------------------------------------------------------ documents
      block("verifyInvoice", SERVICE_TASK, "Checks through the document port that the invoice (or instrument) is "
          + "authentic, and records the result on the application's document trail." + ASYNC + "the document port.")
          .reads(TERMS, "the instrument's terms")
          .writes("rejectionReason", "why, when it fails")
          .error("DOCUMENTS_REJECTED", "the document failed verification")
          .build(),
      block("externalRegistry", SERVICE_TASK, "Registers the receivable's one-way fingerprint with the shared "
          + "external registry, so that it cannot be financed at another bank as well." + ASYNC + "the document port.")
          .reads("applicationId", "its registered receivable")
          .writes("nearDuplicateOf", "an application whose receivable has the same content under another number")
          .writes("rejectionReason", "why, when refused")
          .error("DOCUMENTS_REJECTED", "the receivable is already registered for financing elsewhere")
          .build(),
      block("checkCustomsDeclaration", SERVICE_TASK, "Matches the cited customs export declaration with the invoice "
          + "and charges it, so that the sum financed against one declaration never exceeds its value." + ASYNC
          + "the document port.")
          .reads("customsDeclaration", "required: the declaration number")
          .reads(TERMS, "the invoice's terms")
          .writes("rejectionReason", "why, when refused")
          .error("DOCUMENTS_REJECTED", "the declaration does not match, or is already financed up to its value")
          .build(),
      block("screenParties", SERVICE_TASK, "Screens applicant and counterparty names against the sanctions list."
          + ASYNC + "the document port.")
          .reads("applicantName, counterpartyName", "the names to screen")
          .reads("nearDuplicateOf", "optional: a near-duplicate receivable also needs a person")
          .writes("screeningOutcome", "CLEAR or POSSIBLE_MATCH (route a possible match to a person)")
          .writes("screeningDetail", "what was hit")
          .writes("rejectionReason", "why, when a name matches")
          .error("DOCUMENTS_REJECTED", "a name matches the sanctions list")
          .build(),
      // ------------------------------------------------------------------ credit and limits
      block("creditRating", SERVICE_TASK, "Rates an enterprise through the credit port and stores the rating on the "
          + "enterprise and the application." + ASYNC + "the credit port.")
          .reads("applicantId", "the enterprise rated, unless the setting ratedParty names another")
          .setting("ratedParty", "optional: the enterprise id to rate, e.g. ${counterpartyId}")
          .writes("ratingGrade", "AAA, AA, A, BBB, BB, B, CCC or D")
          .writes("probabilityOfDefault", "a decimal fraction as text, e.g. 0.0125")
          .build(),
      block("limitAvailability", SERVICE_TASK, "Looks up, for the people deciding, the largest available amount on "
          + "the applicant's OBLIGOR and the counterparty's DEBTOR facilities in the application's currency.")
          .reads("applicantId, counterpartyId, currency", "whose limits, in which currency")
          .writes("applicantLimitAvailable, counterpartyLimitAvailable", "decimal text; 0.00 when there is none")
          .build(),
      block("reserveLimits", SERVICE_TASK, "Holds the financed amount on the applicant's facility and, if asked, on "
          + "the counterparty's DEBTOR facility: both or nothing. Marks the application APPROVED.")
          .reads("advance", "the amount to hold, as factoringPricing recorded it on the application; requestedAmount "
              + "when the product does not price")
          .reads("applicantId, counterpartyId, currency, product", "whose facilities, currency and product")
          .setting("debtorLimit", "optional: true to hold the counterparty's DEBTOR limit too (e.g. ${!recourse})")
          .setting("obligorKind", "optional: OBLIGOR (default), PROGRAMME, BANK or DEBTOR")
          .setting("obligorParty", "optional: another enterprise whose facility is held instead of the applicant's")
          .writes("status APPROVED", "the application record")
          .writes("rejectionReason", "why, when refused")
          .error("LIMIT_EXCEEDED", "a facility has not enough available; nothing stays held")
          .build(),
      // ------------------------------------------------------------------ pricing and money
      block("factoringPricing", SERVICE_TASK, "Turns the rates a pricing DMN table chose into the figures of an "
          + "advance against a receivable, computed by the one money module (exact decimals, the currency's day "
          + "basis). Works for any product that advances against an instrument; funding is assumed today.")
          .reads("pricing", "the DMN result: a business rule task with camunda:resultVariable=\"pricing\" and "
              + "camunda:mapDecisionResult=\"singleResult\" on a table with the outputs eligible (boolean), "
              + "advanceRate, discountRate, serviceFeeRate (decimal text) and reason")
          .reads("faceAmount, requestedAmount, currency, dueDate, graceDays", "the application's terms")
          .writes("eligible, eligibilityReason", "whether the table allows it, and why not")
          .writes("advanceRate, discountRate, serviceFeeRate", "the rates applied, decimal text")
          .writes("advance, discountInterest, serviceFee, netAdvance, reserve", "the figures, decimal text at the "
              + "currency's scale; the advance never exceeds requestedAmount")
          .writes("discountDays, dayBasis", "days discounted and the day-count basis (360 or 365)")
          .writes("advance, discountInterest, serviceFee, netAdvance on the application record", "what the steps "
              + "that move money read: they never take these figures from variables")
          .build(),
      block("disbursement", SERVICE_TASK, "Pays the net advance to the applicant through core banking, booked once "
          + "(idempotency key from the application): the bank's asset grows by the advance, discount and fees are "
          + "income. Consumes the held limits; the receivable becomes FINANCED." + ASYNC + "core banking.")
          .reads("advance, netAdvance, discountInterest, serviceFee", "the figures factoringPricing recorded on the "
              + "application")
          .reads("applicantId, currency", "who is paid, in which currency")
          .writes("status DISBURSED", "the application record; a booking in the ledger")
          .build(),
      block("collectPayment", SERVICE_TASK, "The counterparty paid the face amount: the advance is repaid, the reserve "
          + "goes back to the applicant, limits are released." + ASYNC + "core banking.")
          .reads("faceAmount, advance, currency, applicantId, counterpartyId", "the figures (the advance as recorded on "
              + "the application) and parties")
          .setting("channel", "optional: MESSAGE (default: the payment was reported) or DEBIT (debit the counterparty)")
          .writes("status SETTLED, decision PAID or PAID_BY_DEBIT", "the application record")
          .build(),
      block("recourseDebit", SERVICE_TASK, "With recourse, the applicant repays the advance of an unpaid receivable; "
          + "limits are released." + ASYNC + "core banking.")
          .reads("advance, currency, applicantId", "the advance as recorded on the application, and the applicant")
          .writes("status SETTLED, decision RECOURSE", "the application record")
          .build(),
      block("buyerClaim", SERVICE_TASK, "Without recourse, the advance becomes the bank's claim on the counterparty; "
          + "the limits stay used while the claim is open." + ASYNC + "core banking.")
          .reads("advance, currency, counterpartyId", "the advance as recorded on the application, and the "
              + "counterparty")
          .writes("status OVERDUE, decision CLAIM_LODGED", "the application record")
          .build(),
      // ------------------------------------------------------------------ called processes
      block("document-checks", CALLED_PROCESS, "verifyInvoice, externalRegistry, checkCustomsDeclaration when "
          + "customsDeclaration is set, then screenParties; a possible sanctions match waits for trade-operations "
          + "(form screening-review, fourEyes). Pass all variables and the business key in; mark the call activity "
          + "asyncBefore.")
          .reads("all variables", "camunda:in variables=\"all\" and camunda:in businessKey=\"#{execution.processBusinessKey}\"")
          .writes("status IN_REVIEW", "while a person clears a possible match")
          .error("DOCUMENTS_REJECTED", "a document failed, the receivable is registered elsewhere, or a name matched")
          .build(),
      block("credit-decision", CALLED_PROCESS, "Decides credit by the DMN table credit-authority (requestedAmount and "
          + "ratingGrade): STRAIGHT_THROUGH approves with no person; ANALYST_APPROVER asks a credit analyst "
          + "(credit-review) then an approver (credit-approval); COMMITTEE asks an analyst then two different "
          + "committee members. Every task is guarded by fourEyes.")
          .reads("all variables", "camunda:in variables=\"all\" and the business key; the forms show the pricing "
              + "figures and limits, so run factoringPricing and limitAvailability first")
          .writes("authority, analystRecommendation, analystComment, approved, decisionComment, deciders",
              "back to the caller with camunda:out variables=\"all\"")
          .writes("status IN_REVIEW, then APPROVED", "the application record")
          .error("CREDIT_DECLINED", "an approver or committee member declined")
          .build(),
      block("collection", CALLED_PROCESS, "Waits for the counterparty's payment (message PaymentReceived, "
          + "POST /api/applications/{id}/payments) until the due date, debits it when it gave a mandate, waits the "
          + "grace period, then marks OVERDUE and opens a dunning task (trade-operations); at last recourseDebit or "
          + "buyerClaim.")
          .reads("all variables", "camunda:in variables=\"all\" and the business key; paymentDueAt, overdueAt, "
              + "buyerDebitMandate and recourse decide the path")
          .writes("status SETTLED or OVERDUE", "the application record")
          .build());

  private final List<BuildingBlock> blocks;
  private final Map<String, BuildingBlock> byName;

  /**
   * @param added blocks declared as beans of type {@link BuildingBlock} — how an extension module (or the
   *     benchmark's no-op step) adds a delegate bean of its own to the catalogue
   */
  public BuildingBlockCatalogue(List<BuildingBlock> added) {
    List<BuildingBlock> all = new ArrayList<>(BLOCKS);
    all.addAll(added);
    this.blocks = List.copyOf(all);
    this.byName = blocks.stream().collect(Collectors.toUnmodifiableMap(BuildingBlock::name, Function.identity()));
  }

  /** Every block, in catalogue order. */
  public List<BuildingBlock> all() {
    return blocks;
  }

  /** The delegate bean or task listener a model may name in {@code ${name}}; empty for anything else. */
  public Optional<BuildingBlock> bean(String name) {
    return Optional.ofNullable(byName.get(name)).filter(BuildingBlock::isBean);
  }

  private static Builder block(String name, Kind kind, String summary) {
    return new Builder(name, kind, summary);
  }

  /** Reads like the table it becomes. */
  private static final class Builder {
    private final String name;
    private final Kind kind;
    private final String summary;
    private final List<Item> inputs = new ArrayList<>();
    private final List<Item> settings = new ArrayList<>();
    private final List<Item> outputs = new ArrayList<>();
    private final List<Item> errors = new ArrayList<>();

    Builder(String name, Kind kind, String summary) {
      this.name = name;
      this.kind = kind;
      this.summary = summary;
    }

    Builder reads(String variables, String description) {
      inputs.add(new Item(variables, description));
      return this;
    }

    Builder setting(String parameter, String description) {
      settings.add(new Item(parameter, description));
      return this;
    }

    Builder writes(String variables, String description) {
      outputs.add(new Item(variables, description));
      return this;
    }

    Builder error(String code, String when) {
      errors.add(new Item(code, when));
      return this;
    }

    BuildingBlock build() {
      return new BuildingBlock(name, kind, summary, inputs, settings, outputs, errors);
    }
  }
}
