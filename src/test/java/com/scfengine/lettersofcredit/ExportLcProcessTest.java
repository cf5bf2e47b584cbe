package com.scfengine.lettersofcredit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.corebanking.CoreBankingSimulator;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.financing.Accounts;
import com.scfengine.financing.Bookings;
import com.scfengine.limits.Facilities;
import com.scfengine.limits.Limits;
import com.scfengine.support.Jobs;
import com.scfengine.swift.DiscrepancyAdvice;
import com.scfengine.swift.SwiftMessages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every path through export-lc and its presentations (lc-presentation, side NOMINATED), entered through the real
 * incoming-MT700 service and the real presentation and reimbursement services, with the simulators and the job
 * executor off, so that each async step is run by the test; asserted with camunda-bpm-assert. Each test has its
 * own exporter, issuing bank and issuing bank's country, so that the limits it checks are its own.
 */
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.process-engine-name=exportLcProcessTest",
    "spring.datasource.url=jdbc:h2:mem:scf-export-lc-process;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
    "spring.jpa.database-platform=org.hibernate.dialect.H2Dialect"})
class ExportLcProcessTest {

  private static final List<String> COUNTRIES = List.of("SG", "JP", "DE", "FR", "NL", "CH", "KR", "GB", "US", "SA",
      "IN", "MY", "TH", "BR", "MX", "ES", "IT", "BE"); // none with a demo country limit
  private static int nextCountry;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired IncomingCredits incoming;
  @Autowired LettersOfCredit credits;
  @Autowired Applications applications;
  @Autowired Enterprises enterprises;
  @Autowired Facilities facilities;
  @Autowired Limits limits;
  @Autowired Bookings bookings;
  @Autowired CoreBankingSimulator coreBanking;

  private final SwiftMessages swift = new SwiftMessages();
  private final Map<String, ProcessInstance> started = new HashMap<>();
  private String exporter;
  private String exporterName;
  private String issuingBank;
  private String issuingBic;
  private String country;

  @BeforeEach
  void parties() {
    BpmnAwareTests.init(engine);
    coreBanking.faults().reset();
    String suffix = ExportLcFixtures.suffix();
    country = COUNTRIES.get(nextCountry++ % COUNTRIES.size());
    exporter = "EXP-" + suffix;
    exporterName = "KOWLOON LINEN EXPORT " + suffix + " LTD";
    issuingBank = "IBK-" + suffix;
    issuingBic = ExportLcFixtures.newBic(country);
    enterprises.register(new Enterprises.Registration(exporter, exporterName, "HK", "SME", "BBB", "0.01"));
    enterprises.register(new Enterprises.Registration(issuingBank, "Issuing Bank " + suffix, country, "BANK", "A",
        "0.003", issuingBic));
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  // ---------------------------------------------------------------- advising and confirming

  @Test
  void aCreditWithoutConfirmationIsAdvisedAndHoldsNothing() {
    String bankLimit = facility(issuingBank, "BANK", null, "1000000.00");
    String countryLimit = countryLimit("1000000.00");
    String app = receive("40000.00", "WITHOUT");
    assertThat(instance(app)).isWaitingAt("UserTask_Advise");
    assertThat(credits.get(app).getStatus()).isEqualTo(LetterOfCredit.Status.RECEIVED);

    // the officer ticks "add confirmation", but the issuing bank did not ask for it
    advise(app, true, true);

    assertThat(instance(app)).hasPassed("ServiceTask_Advise").hasNotPassed("ServiceTask_ConfirmationChecks")
        .isWaitingAt("Gateway_CreditLife");
    LetterOfCredit credit = credits.get(app);
    assertThat(credit.getStatus()).isEqualTo(LetterOfCredit.Status.ADVISED);
    assertThat(credit.isConfirmed()).isFalse();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.ISSUED);
    assertThat(applications.get(app).getDecision()).isEqualTo("ADVISED");
    assertThat(limits.held(app)).isZero();
    assertThat(available(bankLimit)).isEqualByComparingTo("1000000.00");
    assertThat(available(countryLimit)).isEqualByComparingTo("1000000.00");
  }

  @Test
  void aConfirmationAskedForButNotChosenLeavesTheCreditAdvised() {
    facility(issuingBank, "BANK", null, "1000000.00");
    countryLimit("1000000.00");
    String app = receive("40000.00", "MAY ADD");
    advise(app, true, false);
    assertThat(instance(app)).hasNotPassed("ServiceTask_ConfirmationChecks").isWaitingAt("Gateway_CreditLife");
    assertThat(credits.get(app).getStatus()).isEqualTo(LetterOfCredit.Status.ADVISED);
    assertThat(limits.held(app)).isZero();
  }

  @Test
  void aConfirmationWithinTheLimitsHoldsTheMaximumOnTheBankAndItsCountry() {
    String bankLimit = facility(issuingBank, "BANK", null, "1000000.00");
    String countryLimit = countryLimit("500000.00");
    String app = receive("40000.00", "CONFIRM");
    advise(app, true, true);

    // USD 40,000.00 + 5 % = 42,000.00 on an A-rated bank: straight through
    assertThat(instance(app)).hasPassed("ServiceTask_Advise", "ServiceTask_ConfirmationChecks",
        "CallActivity_ConfirmationDecision", "ServiceTask_ReserveConfirmation", "ServiceTask_Confirm")
        .hasNotPassed("ServiceTask_DeclineConfirmation").isWaitingAt("Gateway_CreditLife");
    LetterOfCredit credit = credits.get(app);
    assertThat(credit.getStatus()).isEqualTo(LetterOfCredit.Status.CONFIRMED);
    assertThat(credit.isConfirmed()).isTrue();
    assertThat(applications.get(app).getDecision()).isEqualTo("CONFIRMED");
    assertThat(available(bankLimit)).isEqualByComparingTo("958000.00");
    assertThat(available(countryLimit)).isEqualByComparingTo("458000.00");
    assertThat(limits.held(app)).isEqualByComparingTo("42000.00");
  }

  @Test
  void aConfirmationBeyondTheBankLimitIsDeclinedAndHoldsNothing() {
    String bankLimit = facility(issuingBank, "BANK", null, "30000.00");
    String countryLimit = countryLimit("500000.00");
    String app = receive("40000.00", "CONFIRM");
    advise(app, true, true);

    assertThat(instance(app)).hasPassed("ServiceTask_ConfirmationChecks", "ServiceTask_DeclineConfirmation")
        .hasNotPassed("ServiceTask_Confirm").isWaitingAt("Gateway_CreditLife");
    LetterOfCredit credit = credits.get(app);
    assertThat(credit.getStatus()).isEqualTo(LetterOfCredit.Status.ADVISED);
    assertThat(credit.isConfirmed()).isFalse();
    assertThat(applications.get(app).getDecision()).isEqualTo("ADVISED_WITHOUT_CONFIRMATION");
    assertThat(String.valueOf(runtimeService.getVariable(instance(app).getId(), "confirmationDeclined")))
        .as("the reason").isNotBlank().isNotEqualTo("declined");
    assertThat(limits.held(app)).isZero();
    assertThat(available(bankLimit)).isEqualByComparingTo("30000.00");
    assertThat(available(countryLimit)).isEqualByComparingTo("500000.00");
  }

  @Test
  void aConfirmationBeyondTheCountryLimitGivesTheBankLimitBack() {
    String bankLimit = facility(issuingBank, "BANK", null, "1000000.00");
    String countryLimit = countryLimit("20000.00");
    String app = receive("40000.00", "CONFIRM");
    advise(app, true, true);

    assertThat(instance(app)).hasPassed("ServiceTask_DeclineConfirmation").hasNotPassed("ServiceTask_Confirm");
    assertThat(credits.get(app).isConfirmed()).isFalse();
    assertThat(limits.held(app)).isZero();
    assertThat(available(bankLimit)).as("both or nothing").isEqualByComparingTo("1000000.00");
    assertThat(available(countryLimit)).isEqualByComparingTo("20000.00");
  }

  @Test
  void aCreditThatIsNotAuthenticIsNotAdvised() {
    String app = receive("40000.00", "CONFIRM");
    advise(app, false, true);
    assertThat(instance(app)).hasPassed("ServiceTask_RejectNotAuthentic").hasNotPassed("ServiceTask_Advise")
        .isEnded();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(applications.get(app).getDecision()).isEqualTo("NOT_AUTHENTIC");
    assertThat(credits.get(app).getStatus()).isEqualTo(LetterOfCredit.Status.DECLINED);
  }

  // ---------------------------------------------------------------- presentations

  @Test
  void complyingDocumentsAreNegotiatedWithRecourseAndTheReimbursementSettlesTheClaim() {
    String app = advised("40000.00", "WITHOUT");
    present(app, "30000.00", complyingDocuments());
    examine(app, "");
    assertThat(presentation(app).getStatus()).isEqualTo(LcPresentation.Status.COMPLYING);
    Task negotiate = task(app);
    assertThat(negotiate.getTaskDefinitionKey()).isEqualTo("UserTask_Negotiate");
    complete(negotiate, Map.of("negotiate", true));

    // USD 30,000.00 at 6 % p.a. for the 10 reimbursement days, ACT/360: 30,000 x 0.06 x 10 / 360 = 50.00
    LcPresentation negotiated = presentation(app);
    assertThat(negotiated.getStatus()).isEqualTo(LcPresentation.Status.NEGOTIATED);
    assertThat(negotiated.isNegotiated()).isTrue();
    assertThat(negotiated.getPaidAmount()).isEqualByComparingTo("29950.00");
    ProcessInstance examination = presentationInstance(app);
    assertThat(examination).isWaitingAt("ReceiveTask_Reimbursement");
    assertThat(runtimeService.getVariable(examination.getId(), "negotiationDiscount")).isEqualTo("50.00");
    assertThat(runtimeService.getVariable(examination.getId(), "negotiationProceeds")).isEqualTo("29950.00");
    assertThat(runtimeService.getVariable(examination.getId(), "recourse")).as("not confirmed").isEqualTo(true);
    assertThat(kinds(app)).containsExactly("NEGOTIATION");
    assertThat(credits.get(app).getDrawn()).isEqualByComparingTo("30000.00");
    assertThat(coreBanking.balance(Accounts.claims(issuingBank), "USD").abs()).as("the claim on the issuing bank")
        .isEqualByComparingTo("30000.00");
    assertThat(coreBanking.balance(Accounts.customer(exporter), "USD").abs()).as("the exporter was paid")
        .isEqualByComparingTo("29950.00");

    credits.reimburse(app, 1, "30000.00");
    runJobs();
    assertThat(examination).hasPassed("ServiceTask_Reimbursed").isEnded();
    assertThat(presentation(app).getStatus()).isEqualTo(LcPresentation.Status.REIMBURSED);
    assertThat(kinds(app)).containsExactlyInAnyOrder("NEGOTIATION", "REIMBURSEMENT");
    assertThat(coreBanking.balance(Accounts.claims(issuingBank), "USD")).as("the claim settled").isZero();
    assertThat(coreBanking.balance(Accounts.customer(exporter), "USD").abs()).as("nothing more to the exporter")
        .isEqualByComparingTo("29950.00");
    assertThat(credits.get(app).getDrawn()).as("drawn once").isEqualByComparingTo("30000.00");
    assertThat(instance(app)).as("the credit lives on").isWaitingAt("Gateway_CreditLife");
  }

  @Test
  void underAConfirmedCreditTheNegotiationIsWithoutRecourseAndTheReimbursementGivesTheLimitsBack() {
    String bankLimit = facility(issuingBank, "BANK", null, "1000000.00");
    String countryLimit = countryLimit("500000.00");
    String app = advised("40000.00", "CONFIRM");
    assertThat(credits.get(app).isConfirmed()).isTrue();
    present(app, "30000.00", complyingDocuments());
    examine(app, "");
    complete(task(app), Map.of("negotiate", true));
    ProcessInstance examination = presentationInstance(app);
    assertThat(runtimeService.getVariable(examination.getId(), "recourse")).as("confirmed").isEqualTo(false);

    credits.reimburse(app, 1, "30000.00");
    runJobs();
    assertThat(presentation(app).getStatus()).isEqualTo(LcPresentation.Status.REIMBURSED);
    // 42,000.00 held, 30,000.00 of it given back on each facility
    assertThat(available(bankLimit)).isEqualByComparingTo("988000.00");
    assertThat(available(countryLimit)).isEqualByComparingTo("488000.00");
  }

  @Test
  void forwardedDocumentsArePaidToTheExporterWhenTheIssuingBankReimburses() {
    String app = advised("40000.00", "WITHOUT");
    present(app, "25000.00", complyingDocuments());
    examine(app, "");
    complete(task(app), Map.of("negotiate", false));
    ProcessInstance examination = presentationInstance(app);
    assertThat(examination).hasNotPassed("ServiceTask_Negotiate").isWaitingAt("ReceiveTask_Reimbursement");
    assertThat(presentation(app).isNegotiated()).isFalse();
    assertThat(kinds(app)).isEmpty();
    assertThat(credits.get(app).getDrawn()).as("not drawn before reimbursement").isZero();

    credits.reimburse(app, 1, "25000.00");
    runJobs();
    assertThat(examination).hasPassed("ServiceTask_Reimbursed").isEnded();
    assertThat(presentation(app).getStatus()).isEqualTo(LcPresentation.Status.REIMBURSED);
    assertThat(kinds(app)).containsExactly("REIMBURSEMENT");
    assertThat(coreBanking.balance(Accounts.customer(exporter), "USD").abs()).as("passed on in full")
        .isEqualByComparingTo("25000.00");
    assertThat(credits.get(app).getDrawn()).isEqualByComparingTo("25000.00");
  }

  @Test
  void discrepantDocumentsAreReportedByMt750AndAwaitTheIssuingBank() {
    String app = advised("40000.00", "WITHOUT");
    // no packing list, and the invoice in 2 originals of the 3 required
    present(app, "30000.00", List.of(document("COMMERCIAL_INVOICE", 2, 0), document("BILL_OF_LADING", 3, 0)));
    LcPresentation examined = presentation(app);
    assertThat(examined.findingList()).singleElement().asString().startsWith("DOCUMENTS: ")
        .contains("Packing list missing", "Commercial invoice in 2 original(s), 3 required");
    examine(app, "BENEFICIARY CERTIFICATE NOT SIGNED");

    ProcessInstance examination = presentationInstance(app);
    assertThat(examination).hasPassed("ServiceTask_AdviseDiscrepancies").hasNotPassed("UserTask_Negotiate")
        .isWaitingAt("ReceiveTask_Reimbursement");
    assertThat(presentation(app).getStatus()).isEqualTo(LcPresentation.Status.DISCREPANCIES_ADVISED);
    List<LcMessage> mt750 = credits.messagesOf(app).stream().filter(m -> m.getMessageType().equals("750")).toList();
    assertThat(mt750).singleElement().satisfies(m -> {
      assertThat(m.getDirection()).isEqualTo(LcMessage.Direction.OUT);
      assertThat(m.getSubject()).isEqualTo("DISCREPANCIES-P1");
    });
    DiscrepancyAdvice advice = swift.readDiscrepancyAdvice(mt750.get(0).getFin());
    assertThat(advice.receiverBic()).startsWith(issuingBic.substring(0, 8));
    assertThat(advice.senderBic()).startsWith("SCFBHKHH");
    assertThat(advice.creditNumber()).isEqualTo(credits.get(app).getCreditNumber());
    assertThat(advice.principalAmount()).isEqualByComparingTo("30000.00");
    assertThat(advice.chargesDeducted()).isEqualByComparingTo("90.00");
    assertThat(String.join(" ", advice.discrepancies()).replace("\n", " "))
        .contains("Packing list missing", "BENEFICIARY CERTIFICATE NOT SIGNED");
    assertThat(advice.discrepancies()).hasSize(2);

    credits.reimburse(app, 1, "30000.00");
    runJobs();
    assertThat(examination).isEnded();
    assertThat(presentation(app).getStatus()).isEqualTo(LcPresentation.Status.REIMBURSED);
    assertThat(credits.get(app).getDrawn()).isEqualByComparingTo("30000.00");
  }

  // ---------------------------------------------------------------- what the forms show

  @Test
  void everyFieldTheFormsShowHasAValueInItsTask() {
    facility(issuingBank, "BANK", null, "1000000.00");
    countryLimit("500000.00");
    String app = receive("40000.00", "CONFIRM");
    assertShowsEverything(task(app), "lc-advice");
    advise(app, true, true);
    present(app, "30000.00", complyingDocuments());
    assertShowsEverything(task(app), "lc-examination");
    examine(app, "");
    Task negotiate = task(app);
    assertThat(negotiate.getTaskDefinitionKey()).isEqualTo("UserTask_Negotiate");
    assertShowsEverything(negotiate, "lc-negotiation");
    assertThat(taskService.getVariable(negotiate.getId(), "confirmation")).isEqualTo("CONFIRM");
  }

  // ---------------------------------------------------------------- the end of the credit

  @Test
  void aConfirmedCreditExpiresAndGivesItsLimitsBack() {
    String bankLimit = facility(issuingBank, "BANK", null, "1000000.00");
    String countryLimit = countryLimit("500000.00");
    String app = advised("40000.00", "CONFIRM");
    assertThat(available(bankLimit)).isEqualByComparingTo("958000.00");

    managementService.executeJob(Jobs.at(managementService, runtimeService, app, "IntermediateCatch_Expired").getId());
    runJobs();

    assertThat(instance(app)).hasPassed("ServiceTask_CloseCredit").isEnded();
    assertThat(credits.get(app).getStatus()).isEqualTo(LetterOfCredit.Status.EXPIRED);
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.SETTLED);
    assertThat(available(bankLimit)).isEqualByComparingTo("1000000.00");
    assertThat(available(countryLimit)).isEqualByComparingTo("500000.00");
  }

  @Test
  void aPresentationOfEverythingLeftDrawsTheCreditFullyAndClosesIt() {
    String bankLimit = facility(issuingBank, "BANK", null, "1000000.00");
    String countryLimit = countryLimit("500000.00");
    String app = advised("40000.00", "CONFIRM");
    // the amount plus the 5 % tolerance
    present(app, "42000.00", complyingDocuments());
    examine(app, "");
    complete(task(app), Map.of("negotiate", true));
    assertThat(credits.get(app).available()).isZero();
    ProcessInstance examination = presentationInstance(app);

    credits.reimburse(app, 1, "42000.00");
    runJobs();

    assertThat(examination).isEnded();
    assertThat(instance(app)).hasPassed("IntermediateCatch_FullyDrawn", "ServiceTask_CloseCredit").isEnded();
    assertThat(credits.get(app).getStatus()).isEqualTo(LetterOfCredit.Status.FULLY_DRAWN);
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.SETTLED);
    assertThat(available(bankLimit)).isEqualByComparingTo("1000000.00");
    assertThat(available(countryLimit)).isEqualByComparingTo("500000.00");
  }

  // ---------------------------------------------------------------- helpers

  /** An incoming MT700 for the test's exporter from the test's issuing bank, received by trade operations. */
  private String receive(String amount, String confirmation) {
    String number = "EX" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String fin = ExportLcFixtures.fin(ExportLcFixtures.credit(issuingBic, number, exporterName, "USD", amount,
        confirmation));
    String app = incoming.receive(fin, "ops");
    started.put(app, runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(app)
        .processDefinitionKey("export-lc").singleResult());
    return app;
  }

  /** Received and advised, with the confirmation added where asked for and the limits allow it. */
  private String advised(String amount, String confirmation) {
    String app = receive(amount, confirmation);
    advise(app, true, true);
    return app;
  }

  private void advise(String app, boolean authentic, boolean addConfirmation) {
    Task advise = task(app);
    assertThat(advise.getTaskDefinitionKey()).isEqualTo("UserTask_Advise");
    complete(advise, Map.of("authentic", authentic, "addConfirmation", addConfirmation));
  }

  private void present(String app, String amount, List<LettersOfCredit.PresentedDocument> documents) {
    LocalDate today = LocalDate.now();
    credits.present(app, new LettersOfCredit.PresentationRequest(today.toString(), null, null, documents, amount,
        today.minusDays(2).toString()));
    runJobs();
    assertThat(task(app).getTaskDefinitionKey()).isEqualTo("UserTask_Examine");
  }

  private void examine(String app, String otherDiscrepancies) {
    complete(task(app), Map.of("otherDiscrepancies", otherDiscrepancies));
  }

  private static List<LettersOfCredit.PresentedDocument> complyingDocuments() {
    return List.of(document("COMMERCIAL_INVOICE", 3, 0), document("BILL_OF_LADING", 3, 0),
        document("PACKING_LIST", 1, 2));
  }

  private static LettersOfCredit.PresentedDocument document(String type, int originals, int copies) {
    return new LettersOfCredit.PresentedDocument(type, originals, copies);
  }

  private LcPresentation presentation(String app) {
    return credits.presentationsOf(app).get(0);
  }

  private Task task(String app) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(app).list();
    assertThat(tasks).as("one task open for " + app).hasSize(1);
    return tasks.get(0);
  }

  private void complete(Task task, Map<String, Object> variables) {
    identityService.setAuthentication("ops", List.of("trade-operations"));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
    runJobs();
  }

  private ProcessInstance instance(String app) {
    return started.get(app);
  }

  /** The examination of the credit's presentation, while it runs (asserted later by its id, ended or not). */
  private ProcessInstance presentationInstance(String app) {
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(app)
        .processDefinitionKey("lc-presentation").singleResult();
    assertThat(instance).as("lc-presentation of " + app).isNotNull();
    return instance;
  }

  /**
   * Every field the task's form shows for reading (text fields, selects, text areas; not the answers the person
   * gives, nor a first-pass finding, which is there only when found) has a value in the task's scope.
   */
  private void assertShowsEverything(Task task, String form) {
    JsonNode definition;
    try {
      definition = new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    List<String> shown = new ArrayList<>();
    collectShown(definition.path("components"), shown);
    assertThat(shown).as(form + " shows something").isNotEmpty();
    Map<String, Object> variables = taskService.getVariables(task.getId());
    assertThat(shown).as(form + ": fields without a value in " + task.getTaskDefinitionKey())
        .allSatisfy(key -> assertThat(variables.get(key)).as(key).isNotNull());
  }

  private static void collectShown(JsonNode components, List<String> shown) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String key = component.path("key").asText("");
      boolean answer = key.equals("otherDiscrepancies") || key.startsWith("finding") || key.startsWith("confirm")
          && !key.equals("confirmation");
      if (List.of("textfield", "select", "textarea").contains(type) && !key.isEmpty() && !answer) {
        shown.add(key);
      }
      collectShown(component.path("components"), shown);
    }
  }

  private List<String> kinds(String app) {
    return bookings.repaymentsOf(app).stream().map(r -> r.getKind()).toList();
  }

  private String countryLimit(String limit) {
    String holder = "OWN-" + country;
    if (!enterprises.exists(holder)) {
      enterprises.register(new Enterprises.Registration(holder, "Country limits " + country, "HK", "BANK", "A",
          "0.003"));
    }
    return facility(holder, "COUNTRY", country, limit);
  }

  private String facility(String enterprise, String kind, String countryCode, String limit) {
    String id = "FAC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    facilities.create(new Facilities.Request(id, enterprise, kind, null, null, countryCode, "USD", limit,
        LocalDate.now().plusYears(1).toString()));
    return id;
  }

  private BigDecimal available(String facilityId) {
    return facilities.get(facilityId).getAvailable();
  }

  private void runJobs() {
    Jobs.runAll(managementService);
  }
}
