package com.scfengine.applications;

import static com.scfengine.process.Vars.APPLICANT_NAME;
import static com.scfengine.process.Vars.APPLICATION_ID;
import static com.scfengine.process.Vars.COUNTERPARTY_NAME;
import static com.scfengine.process.Vars.PRODUCT;
import static com.scfengine.process.Vars.SUBMITTED_BY;
import static com.scfengine.process.Vars.TENOR_DAYS;

import com.scfengine.enterprises.Enterprises;
import com.scfengine.process.BuildingBlock;
import com.scfengine.process.ProductModel;
import com.scfengine.process.Vars;
import com.scfengine.registry.ReceivableKind;
import com.scfengine.registry.ReceivableRegistry;
import com.scfengine.common.FieldErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Building block {@code registerApplication}: opens the application record (id = business key) and
 * registers the receivable or instrument in the registry, in the transaction that starts the instance —
 * so a duplicate refuses the start and nothing is written. Input parameter {@code instrumentKind}
 * (INVOICE, BILL_OF_EXCHANGE, ...). Works for the API (business key given) and for Tasklist start forms
 * (the key is made here). Sets applicantName, counterpartyName, tenorDays, paymentDueAt and overdueAt.
 */
@Component("registerApplication")
class RegisterApplicationDelegate implements JavaDelegate {

  static final BuildingBlock BLOCK = BuildingBlock.serviceTask("registerApplication", "Opens the application record "
          + "(id = business key) and registers the receivable or instrument against duplicate financing, in the "
          + "transaction that starts the instance: the first task after the start event of every product. A duplicate "
          + "refuses the start (HTTP 409), bad terms refuse it (HTTP 400), and nothing is written.")
      .order(100)
      .reads(BuildingBlock.TERMS, "the application's terms (standard variable names), all checked")
      .reads("submittedBy", "who submitted, when no one is signed in; set camunda:initiator=\"submittedBy\" on the "
          + "start event. The signed-in user who starts the instance is the submitter whatever the variable says, "
          + "and the block sets it")
      .reads("customsDeclaration", "optional: the customs export declaration an export receivable cites")
      .setting("instrumentKind", "INVOICE (default), BILL_OF_EXCHANGE, PROMISSORY_NOTE, LC_CLAIM, PURCHASE_ORDER "
          + "or WAREHOUSE_RECEIPT")
      .setting("registerReceivable", "optional: false when the product registers its instruments itself, each on "
          + "its own (the terms then describe the whole deal)")
      .setting("counterpartyRequired", "optional: false when the counterparty need not be a registered enterprise "
          + "(a letter of credit's beneficiary abroad); counterpartyName is then the product's to set")
      .writes("applicationId, product", "the application id (= business key) and the product code")
      .writes("faceAmount, requestedAmount", "the amounts as exact decimal text at the currency's scale, however they "
          + "were typed (150,000 or 150000.0 becomes 150000.00)")
      .writes("applicantName, counterpartyName", "the parties' registered names")
      .writes("tenorDays, paymentDueAt, overdueAt", "days to the due date; due date and due date + grace days "
          + "as dates for timers")
      .writes("graceDays, buyerReminderAfter, buyerConfirmationCutOff", "the product's settings "
          + "(scf.products.settings in config/application.yaml)")
      .writes("status SUBMITTED", "the application record")
      .build();

  private final Applications applications;
  private final ApplicationTerms terms;
  private final ReceivableRegistry registry;
  private final Enterprises enterprises;
  private final ProductSettings settings;
  private final Clock clock;

  RegisterApplicationDelegate(Applications applications, ApplicationTerms terms, ReceivableRegistry registry,
      Enterprises enterprises, ProductSettings settings, Clock clock) {
    this.applications = applications;
    this.terms = terms;
    this.registry = registry;
    this.enterprises = enterprises;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution run) {
    String product = (String) run.getVariable(PRODUCT);
    if (product == null) {
      product = ProductModel.properties(run.getBpmnModelInstance(), run.getProcessDefinitionId().split(":")[0])
          .getOrDefault(ProductModel.CODE, run.getProcessDefinitionId().split(":")[0].toUpperCase());
      run.setVariable(PRODUCT, product);
    }
    String id = run.getProcessBusinessKey();
    if (id == null) {
      id = applications.newId(product);
      run.setProcessBusinessKey(id);
    }
    run.setVariable(APPLICATION_ID, id);

    Object declaration = run.getVariable(Vars.CUSTOMS_DECLARATION);
    if (declaration != null && declaration.toString().isBlank()) {
      run.removeVariable(Vars.CUSTOMS_DECLARATION); // an empty start-form field means a domestic receivable
    }
    FieldErrors errors = new FieldErrors();
    ApplicationTerms.Terms checked = terms.check(run.getVariables(), errors,
        !"false".equals(String.valueOf(run.getVariable("counterpartyRequired"))));
    errors.throwIfAny("Application");
    // the signed-in user who starts the instance, whatever a start variable says (the audit trail and four eyes
    // rely on it); without one (a process started by the engine itself) the start event's initiator
    var signedIn = run.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String submittedBy = signedIn != null && signedIn.getUserId() != null ? signedIn.getUserId()
        : (String) run.getVariable(SUBMITTED_BY);
    run.setVariable(SUBMITTED_BY, submittedBy);
    // exact decimal text at the currency's scale, however it was typed (150,000 or 150000.0 is 150000.00)
    run.setVariable(Vars.FACE_AMOUNT, checked.faceAmount().toPlainString());
    run.setVariable(Vars.REQUESTED_AMOUNT, checked.requestedAmount().toPlainString());
    applications.open(id, product, checked.applicantId(), checked.counterpartyId(), checked.faceAmount(),
        checked.requestedAmount(), checked.currency(), submittedBy, run.getProcessInstanceId());
    String kind = (String) run.getVariable("instrumentKind");
    if (!"false".equals(String.valueOf(run.getVariable("registerReceivable")))) {
      registry.register(new ReceivableRegistry.Claim(kind == null ? ReceivableKind.INVOICE : ReceivableKind.valueOf(kind),
          checked.applicantId(), checked.counterpartyId(), checked.instrumentNumber(), checked.faceAmount(),
          checked.currency(), checked.issueDate(), checked.dueDate(), id));
    }

    LocalDate today = LocalDate.now(clock);
    ProductSettings.Product rules = settings.of(product);
    run.setVariable(APPLICANT_NAME, enterprises.get(checked.applicantId()).getName());
    if (checked.counterpartyId() != null) {
      run.setVariable(COUNTERPARTY_NAME, enterprises.get(checked.counterpartyId()).getName());
    }
    run.setVariable(TENOR_DAYS, (int) ChronoUnit.DAYS.between(today, checked.dueDate()));
    run.setVariable("paymentDueAt", Date.from(checked.dueDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
    run.setVariable("overdueAt", Date.from(checked.dueDate().plusDays(rules.graceDays())
        .atStartOfDay(ZoneOffset.UTC).toInstant()));
    run.setVariable("graceDays", rules.graceDays());
    run.setVariable("buyerReminderAfter", rules.buyerReminderAfter().toString());
    run.setVariable("buyerConfirmationCutOff", rules.buyerConfirmationCutOff().toString());
  }
}
