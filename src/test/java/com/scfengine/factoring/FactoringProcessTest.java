package com.scfengine.factoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.applications.FinancingApplication;
import com.scfengine.applications.FourEyesViolation;
import com.scfengine.corebanking.CoreBanking;
import com.scfengine.corebanking.CoreBankingSimulator;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.financing.Accounts;
import com.scfengine.financing.Bookings;
import com.scfengine.limits.Facilities;
import com.scfengine.products.Submissions;
import com.scfengine.registry.DuplicateFinancingException;
import com.scfengine.registry.ReceivableRegistry;
import com.scfengine.registry.ReceivableState;
import com.scfengine.support.FactoringRequests;
import com.scfengine.support.Jobs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every path through factoring, entered through the real submission service, with the real simulators
 * and the job executor off so that each async step and timer is run by the test. The instance of
 * each scenario is asserted with camunda-bpm-assert.
 */
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=false",
    // an engine of its own name: Camunda's REST API finds engines by name in a JVM-wide registry
    "camunda.bpm.process-engine-name=factoringProcessTest",
    "spring.datasource.url=jdbc:h2:mem:scf-factoring-process;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
    "spring.jpa.database-platform=org.hibernate.dialect.H2Dialect"})
class FactoringProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired Submissions submissions;
  @Autowired Applications applications;
  @Autowired Enterprises enterprises;
  @Autowired Facilities facilities;
  @Autowired ReceivableRegistry registry;
  @Autowired Bookings bookings;
  @Autowired CoreBanking coreBanking;
  @Autowired CoreBankingSimulator coreBankingSimulator;

  private final Map<String, ProcessInstance> instances = new HashMap<>();

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    coreBankingSimulator.faults().reset();
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
    coreBankingSimulator.faults().reset();
  }

  // ---------------------------------------------------------------- scenarios

  @Test
  void smallInvoiceOfGoodSellerIsDisbursedWithoutAnyone() {
    String seller = sme("A", "100000.00");
    String app = submit(invoice(seller, "40000.00", "30000.00"));
    runJobs();

    ProcessInstance instance = instanceOf(app);
    assertThat(instance).hasPassed("ServiceTask_RateSeller", "CallActivity_CreditDecision", "ServiceTask_Disburse")
        .isWaitingAt("CallActivity_Collection");
    assertThat(passed(app)).contains("ServiceTask_AutoApprove").doesNotContain("UserTask_ReviewCredit");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(app).count()).isZero();

    FinancingApplication financed = applications.get(app);
    assertThat(financed.getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    assertThat(financed.getDecision()).isEqualTo("AUTO_APPROVED");
    // rating A: advance 85 % of 40,000 = 34,000 > requested, so the advance is the requested 30,000.00
    assertThat(utilised(seller)).isEqualByComparingTo("30000.00");
    assertThat(bookings.disbursementsOf(app)).singleElement()
        .satisfies(d -> assertThat(d.getAmount()).isEqualByComparingTo(variable(app, "netAdvance")));
    assertThat(registry.of(app)).singleElement().satisfies(r -> assertThat(r.getState()).isEqualTo(ReceivableState.FINANCED));

    // the history keeps the terms once, on the application's instance; a called process keeps what it found
    assertThat(historicVariables(instance.getId())).contains("applicantName", "faceAmount", "screeningOutcome");
    String checks = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(app)
        .processDefinitionKey("document-checks").singleResult().getId();
    assertThat(historicVariables(checks)).contains("screeningOutcome", "screeningDetail")
        .doesNotContain("applicantName", "faceAmount", "applicationId", "customsDeclaration");
    // the credit figures too: on the application's instance, not in the credit decision or the collection
    assertThat(historicVariables(instance.getId())).contains("ratingGrade", "advance", "netAdvance", "recourse");
    assertThat(historicVariables(calledInstance(app, "credit-decision"))).contains("authority", "decision")
        .doesNotContain("ratingGrade", "advance", "applicantLimitAvailable", "recourse", "applicantName");
    assertThat(historicVariables(calledInstance(app, "collection")))
        .doesNotContain("advance", "netAdvance", "recourse", "buyerDebitMandate", "applicantName");
  }

  private String calledInstance(String app, String processKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(app)
        .processDefinitionKey(processKey).singleResult().getId();
  }

  private List<String> historicVariables(String processInstanceId) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .list().stream().map(v -> v.getName()).toList();
  }

  @Test
  void mediumAmountGoesToAnAnalystThenAnApprover() {
    String seller = sme("BBB", "500000.00");
    String app = submit(invoice(seller, "200000.00", "150000.00"));
    runJobs();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
    assertThat(creditDecision(app)).isWaitingAt("UserTask_ReviewCredit");
    Task review = task(app);
    assertThat(review.getName()).contains("Review credit").contains("USD 150,000.00");
    assertThat(review.getDueDate()).isNotNull();
    // the called process gets only what it reads: every figure the analyst's form shows is there
    assertThat(taskService.getVariables(review.getId())).containsKeys("applicationId", "instrumentNumber",
        "applicantName", "counterpartyName", "currency", "faceAmount", "requestedAmount", "dueDate", "tenorDays",
        "recourse", "ratingGrade", "probabilityOfDefault", "applicantLimitAvailable", "counterpartyLimitAvailable",
        "authority", "advanceRate", "advance", "discountRate", "discountDays", "discountInterest", "serviceFeeRate",
        "serviceFee", "netAdvance", "reserve", "product").containsEntry("screeningOutcome", "CLEAR")
        .doesNotContainKeys("buyerReminderAfter", "buyerConfirmationCutOff", "paymentDueAt");

    complete(app, "analyst", "credit-analysts", Map.of("analystRecommendation", "APPROVE", "analystComment", "sound"));
    assertThat(creditDecision(app)).isWaitingAt("UserTask_ApproveCredit");
    complete(app, "approver", "credit-approvers", Map.of("approved", true, "decisionComment", "approved"));
    runJobs();

    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    assertThat(applications.get(app).getDecision()).isEqualTo("APPROVED");
    // BBB: advance 80 % of 200,000 = 160,000 > 150,000 requested
    assertThat(utilised(seller)).isEqualByComparingTo("150000.00");
  }

  @Test
  void largeAmountNeedsTwoDifferentCommitteeMembers() {
    String seller = sme("AA", "2000000.00");
    String app = submit(invoice(seller, "800000.00", "700000.00"));
    runJobs();
    complete(app, "analyst", "credit-analysts", Map.of("analystRecommendation", "APPROVE", "analystComment", "ok"));
    assertThat(creditDecision(app)).isWaitingAt("UserTask_FirstCommitteeApproval");
    complete(app, "approver", "credit-committee", Map.of("approved", true, "decisionComment", "yes"));
    assertThat(creditDecision(app)).isWaitingAt("UserTask_SecondCommitteeApproval");

    Task second = task(app);
    identityService.setAuthentication("approver", List.of("credit-committee", "credit-approvers"));
    assertThatThrownBy(() -> taskService.complete(second.getId(), Map.of("approved", true, "decisionComment", "me again")))
        .hasRootCauseInstanceOf(FourEyesViolation.class).hasMessageContaining("approver already decided");
    identityService.clearAuthentication();
    assertThat(creditDecision(app)).isWaitingAt("UserTask_SecondCommitteeApproval");

    complete(app, "approver2", "credit-committee", Map.of("approved", true, "decisionComment", "yes"));
    runJobs();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
  }

  @Test
  void theSubmitterMayNotReviewNorMayAnOutsiderDecide() {
    String seller = sme("BBB", "500000.00");
    String app = submitAs("rm-analyst", invoice(seller, "100000.00", "60000.00"));
    runJobs();
    Task review = task(app);

    identityService.setAuthentication("rm-analyst", List.of("relationship-managers", "credit-analysts"));
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("analystRecommendation", "APPROVE")))
        .hasRootCauseInstanceOf(FourEyesViolation.class).hasMessageContaining("rm-analyst submitted application " + app);
    identityService.setAuthentication("ops", List.of("trade-operations"));
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("analystRecommendation", "APPROVE")))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class).hasMessageContaining("'ops'");
    identityService.clearAuthentication();
    assertThatThrownBy(() -> taskService.complete(review.getId()))
        .hasRootCauseInstanceOf(FourEyesViolation.class).hasMessageContaining("signed-in user");
    assertThat(creditDecision(app)).isWaitingAt("UserTask_ReviewCredit");
  }

  @Test
  void anApproverDeclineRejectsAndHoldsNothing() {
    String seller = sme("BBB", "500000.00");
    String app = submit(invoice(seller, "100000.00", "60000.00"));
    runJobs();
    complete(app, "analyst", "credit-analysts", Map.of("analystRecommendation", "DECLINE", "analystComment", "thin"));
    complete(app, "approver", "credit-approvers", Map.of("approved", false, "decisionComment", "weak buyer history"));

    assertThat(instanceOf(app)).hasPassed("ServiceTask_RejectOnCredit").isEnded();
    FinancingApplication rejected = applications.get(app);
    assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(rejected.getDecision()).isEqualTo("DECLINED");
    assertThat(rejected.getReason()).isEqualTo("Credit declined: weak buyer history");
    assertThat(utilised(seller)).isZero();
    assertThat(registry.of(app)).singleElement().satisfies(r -> assertThat(r.getState()).isEqualTo(ReceivableState.RELEASED));
  }

  @Test
  void aFakeInvoiceIsRejectedAndTheReceivableReleased() {
    String seller = sme("A", "100000.00");
    Map<String, Object> body = invoice(seller, "10000.00", "8000.00");
    body.put("invoiceNumber", "INV-FAKE-0001");
    String app = submit(body);
    runJobs();
    assertThat(instanceOf(app)).hasPassed("ServiceTask_RejectOnDocuments").isEnded();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(applications.get(app).getReason()).contains("INV-FAKE-0001 failed verification");
    // released: the same number may be offered again
    String again = submit(body);
    assertThat(applications.get(again).getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void anExportReceivableWhoseCustomsDeclarationDoesNotMatchIsRejected() {
    // CED-2026-0002 is declared by SME-002 in EUR: another seller's USD invoice does not match
    String seller = sme("A", "100000.00");
    Map<String, Object> body = invoice(seller, "10000.00", "8000.00");
    body.put("customsDeclaration", "CED-2026-0002");
    String app = submit(body);
    runJobs();
    assertThat(passed(app)).contains("ServiceTask_CheckCustomsDeclaration").doesNotContain("ServiceTask_ScreenParties");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(applications.get(app).getReason()).contains("CED-2026-0002 does not match the invoice");
  }

  @Test
  void aMatchingExportDeclarationIsChargedAndCannotBeFinancedTwiceOverItsValue() {
    // CED-2026-0003: SME-001, USD 20,000.00
    String first = submit(invoiceOf("SME-001", "BUY-001", "15000.00", "10000.00", "CED-2026-0003"));
    runJobs();
    assertThat(applications.get(first).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    assertThat(registry.financedAgainst("CED-2026-0003")).isEqualByComparingTo("15000.00");

    String second = submit(invoiceOf("SME-001", "BUY-001", "6000.00", "4000.00", "CED-2026-0003"));
    runJobs();
    assertThat(applications.get(second).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(applications.get(second).getReason()).contains("already financed up to its value of 20000");
    assertThat(registry.financedAgainst("CED-2026-0003")).isEqualByComparingTo("15000.00");
  }

  @Test
  void aPossibleSanctionsMatchWaitsForTradeOperationsWhoMayClearIt() {
    String seller = sme("A", "100000.00", "Ocean Star Shipping Ltd");
    String app = submit(invoice(seller, "20000.00", "10000.00"));
    runJobs();
    assertThat(instanceOf(app)).calledProcessInstance("document-checks").isWaitingAt("UserTask_ReviewScreeningHit");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);

    complete(app, "ops", "trade-operations", Map.of("screeningCleared", true, "screeningComment", "different entity"));
    runJobs();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    // what the screening decided comes back to the application's instance (and its history)
    assertThat(variable(app, "screeningOutcome")).isEqualTo("POSSIBLE_MATCH");
    assertThat(variable(app, "screeningComment")).isEqualTo("different entity");
    assertThat(variable(app, "UserTask_ReviewScreeningHitCompletedBy")).isEqualTo("ops");
  }

  @Test
  void aConfirmedSanctionsHitRejects() {
    String seller = sme("A", "100000.00", "Ocean Star Shipping Ltd");
    String app = submit(invoice(seller, "20000.00", "10000.00"));
    runJobs();
    complete(app, "ops", "trade-operations", Map.of("screeningCleared", false, "screeningComment", "same vessel owner"));
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(applications.get(app).getReason()).contains("Screening hit confirmed by ops: same vessel owner");
  }

  @Test
  void aSanctionedPartyIsRejectedWithoutAnyone() {
    String seller = sme("A", "100000.00", "Sanctioned Trading LLC");
    String app = submit(invoice(seller, "20000.00", "10000.00"));
    runJobs();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(applications.get(app).getReason()).startsWith("Sanctions match");
  }

  @Test
  void aWeakRatingIsNotEligible() {
    String seller = sme("CCC", "100000.00");
    String app = submit(invoice(seller, "20000.00", "10000.00"));
    runJobs();
    assertThat(instanceOf(app)).hasPassed("ServiceTask_RejectNotEligible").isEnded();
    assertThat(applications.get(app).getDecision()).isEqualTo("NOT_ELIGIBLE");
    assertThat(applications.get(app).getReason()).contains("below the factoring threshold");
  }

  @Test
  void notEnoughLimitRejectsAndHoldsNothingOnEitherFacility() {
    String seller = sme("A", "5000.00");
    Map<String, Object> body = invoice(seller, "20000.00", "10000.00");
    body.put("recourse", false);
    String app = submit(body);
    runJobs();
    assertThat(instanceOf(app)).hasPassed("ServiceTask_RejectOnLimits").isEnded();
    assertThat(applications.get(app).getReason()).contains("Not enough OBLIGOR limit").contains("available 5000.00");
    assertThat(utilised(seller)).isZero();
  }

  @Test
  void withoutRecourseTheBuyersDebtorLimitIsHeldToo() {
    String seller = sme("A", "100000.00");
    String buyer = buyer("40000.00");
    Map<String, Object> body = invoiceOf(seller, buyer, "30000.00", "20000.00", null);
    body.put("recourse", false);
    String app = submit(body);
    runJobs();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    assertThat(utilised(buyer)).isEqualByComparingTo("20000.00");
  }

  @Test
  void aDuplicateReceivableIsRefusedAndNothingIsWritten() {
    String seller = sme("A", "100000.00");
    Map<String, Object> body = invoice(seller, "10000.00", "5000.00");
    submit(body);
    long before = runtimeService.createProcessInstanceQuery().count();
    Map<String, Object> sameInvoice = new HashMap<>(body);
    sameInvoice.put("invoiceNumber", " inv/" + body.get("invoiceNumber").toString().substring(4).toLowerCase());
    identityService.setAuthentication("rm", List.of("relationship-managers"));
    assertThatThrownBy(() -> submissions.submit("FACTORING", sameInvoice))
        .isInstanceOf(DuplicateFinancingException.class).hasMessageContaining("already pending");
    identityService.clearAuthentication();
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void disclosedFactoringWaitsForTheBuyerWhoConfirmsByMessage() {
    String seller = sme("A", "100000.00");
    Map<String, Object> body = invoice(seller, "20000.00", "10000.00");
    body.put("disclosed", true);
    String app = submit(body);
    runJobs();
    assertThat(instanceOf(app)).isWaitingAt("UserTask_ConfirmInvoiceWithBuyer");

    runtimeService.createMessageCorrelation("BuyerConfirmation").processInstanceBusinessKey(app)
        .setVariable("buyerConfirmed", true).correlate();
    runJobs();
    assertThat(instanceOf(app)).hasPassed("BoundaryEvent_BuyerConfirmedByMessage");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
  }

  @Test
  void aBuyerWhoDisputesTheInvoiceEndsTheApplication() {
    String seller = sme("A", "100000.00");
    Map<String, Object> body = invoice(seller, "20000.00", "10000.00");
    body.put("disclosed", true);
    String app = submit(body);
    runJobs();
    complete(app, "ops", "trade-operations", Map.of("buyerConfirmed", false, "buyerComment", "goods returned"));
    assertThat(instanceOf(app)).hasPassed("ServiceTask_RejectOnDispute").isEnded();
    assertThat(applications.get(app).getDecision()).isEqualTo("BUYER_DISPUTE");
  }

  @Test
  void theBuyerIsRemindedThenTheApplicationLapses() {
    String seller = sme("A", "100000.00");
    Map<String, Object> body = invoice(seller, "20000.00", "10000.00");
    body.put("disclosed", true);
    String app = submit(body);
    runJobs();
    int priority = task(app).getPriority();

    fireTimer(app, "BoundaryEvent_RemindBuyer");
    assertThat(task(app).getPriority()).isGreaterThan(priority);
    assertThat(runtimeService.getVariable(instanceOf(app).getId(), "remindersSent")).isEqualTo(1);

    fireTimer(app, "BoundaryEvent_ConfirmationCutOff");
    assertThat(instanceOf(app)).hasPassed("ServiceTask_Lapse").isEnded();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.CANCELLED);
    assertThat(applications.get(app).getDecision()).isEqualTo("LAPSED");
    assertThat(registry.of(app)).singleElement().satisfies(r -> assertThat(r.getState()).isEqualTo(ReceivableState.RELEASED));
  }

  @Test
  void theBuyerPaysOnTimeAndTheSellerGetsTheReserve() {
    String seller = sme("A", "100000.00");
    String app = disbursed(seller, invoice(seller, "40000.00", "30000.00"));
    BigDecimal before = coreBanking.balance(Accounts.customer(seller), "USD");

    runtimeService.createMessageCorrelation("PaymentReceived").processInstanceBusinessKey(app).correlate();
    runJobs();
    assertThat(instanceOf(app)).isEnded();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.SETTLED);
    assertThat(applications.get(app).getDecision()).isEqualTo("PAID");
    assertThat(utilised(seller)).isZero();
    // the reserve, 40,000 - 30,000, goes to the seller (its customer account is credited: balance falls)
    assertThat(before.subtract(coreBanking.balance(Accounts.customer(seller), "USD"))).isEqualByComparingTo("10000.00");
    assertThat(registry.of(app)).singleElement().satisfies(r -> assertThat(r.getState()).isEqualTo(ReceivableState.SETTLED));
  }

  @Test
  void aBuyerWithADebitMandateIsDebitedAtTheDueDate() {
    String seller = sme("A", "100000.00");
    Map<String, Object> body = invoice(seller, "40000.00", "30000.00");
    body.put("buyerDebitMandate", true);
    String app = disbursed(seller, body);
    fireTimer(app, "TimerEvent_DueDate");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.SETTLED);
    assertThat(applications.get(app).getDecision()).isEqualTo("PAID_BY_DEBIT");
  }

  @Test
  void overdueWithRecourseIsDunnedThenRecoveredFromTheSeller() {
    String seller = sme("A", "100000.00");
    String app = disbursed(seller, invoice(seller, "40000.00", "30000.00"));
    fireTimer(app, "TimerEvent_DueDate");
    fireTimer(app, "TimerEvent_GraceOver");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.OVERDUE);
    assertThat(task(app).getTaskDefinitionKey()).isEqualTo("UserTask_Dunning");

    complete(app, "ops", "trade-operations", Map.of("dunningOutcome", "ESCALATED", "dunningComment", "no answer"));
    runJobs();
    assertThat(instanceOf(app)).isEnded();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.SETTLED);
    assertThat(applications.get(app).getDecision()).isEqualTo("RECOURSE");
    assertThat(bookings.repaymentsOf(app)).singleElement().satisfies(r -> assertThat(r.getKind()).isEqualTo("RECOURSE"));
    assertThat(utilised(seller)).isZero();
  }

  @Test
  void overdueWithoutRecourseBecomesAClaimOnTheBuyer() {
    String seller = sme("A", "100000.00");
    String buyer = buyer("100000.00");
    Map<String, Object> body = invoiceOf(seller, buyer, "40000.00", "30000.00", null);
    body.put("recourse", false);
    String app = disbursed(seller, body);
    fireTimer(app, "TimerEvent_DueDate");
    fireTimer(app, "TimerEvent_GraceOver");
    complete(app, "ops", "trade-operations", Map.of("dunningOutcome", "ESCALATED", "dunningComment", "insolvent"));
    runJobs();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.OVERDUE);
    assertThat(applications.get(app).getDecision()).isEqualTo("CLAIM_LODGED");
    assertThat(coreBanking.balance(Accounts.claims(buyer), "USD")).isEqualByComparingTo("30000.00");
  }

  @Test
  void aCoreBankingOutageBecomesAnIncidentThenRecoversWithOneBooking() {
    String seller = sme("A", "100000.00");
    String app = submit(invoice(seller, "40000.00", "30000.00"));
    runJobsBefore("ServiceTask_Disburse");
    coreBankingSimulator.faults().failNext(3);
    Job disburse = jobAt(app, "ServiceTask_Disburse");
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> managementService.executeJob(disburse.getId())).hasMessageContaining("core banking");
    }
    assertThat(managementService.createJobQuery().jobId(disburse.getId()).singleResult().getRetries()).isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instanceOf(app).getId()).count()).isEqualTo(1);
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.APPROVED);

    // operations fix the outage and retry the job from Cockpit
    managementService.setJobRetries(disburse.getId(), 1);
    managementService.executeJob(disburse.getId());
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    assertThat(bookings.disbursementsOf(app)).hasSize(1);
  }

  @Test
  void aLostCoreBankingResponseIsRetriedWithoutBookingTwice() {
    String seller = sme("A", "100000.00");
    String app = submit(invoice(seller, "40000.00", "30000.00"));
    runJobsBefore("ServiceTask_Disburse");
    BigDecimal before = coreBanking.balance(Accounts.customer(seller), "USD");
    coreBankingSimulator.faults().timeOutAfterBookingNext(1);
    Job disburse = jobAt(app, "ServiceTask_Disburse");
    assertThatThrownBy(() -> managementService.executeJob(disburse.getId()));
    managementService.executeJob(disburse.getId());

    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    assertThat(bookings.disbursementsOf(app)).hasSize(1);
    BigDecimal net = new BigDecimal(variable(app, "netAdvance"));
    assertThat(before.subtract(coreBanking.balance(Accounts.customer(seller), "USD"))).isEqualByComparingTo(net);
  }

  // ---------------------------------------------------------------- helpers

  private String sme(String grade, String limit) {
    return sme(grade, limit, null);
  }

  private String sme(String grade, String limit, String name) {
    String id = "SME-P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    enterprises.register(new Enterprises.Registration(id, name != null ? name : "Test Supplier " + id, "CN", "SME",
        grade, "0.01"));
    facilities.create(new Facilities.Request(null, id, "OBLIGOR", null, null, null, "USD", limit,
        LocalDate.now().plusYears(1).toString()));
    ratingOf(id, grade);
    return id;
  }

  private String buyer(String limit) {
    String id = "BUY-P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    enterprises.register(new Enterprises.Registration(id, "Test Buyer " + id, "US", "CORE_ENTERPRISE", "AA", null));
    facilities.create(new Facilities.Request(null, id, "DEBTOR", null, null, null, "USD", limit,
        LocalDate.now().plusYears(1).toString()));
    return id;
  }

  @Autowired com.scfengine.credit.CreditBureauSimulator creditSimulator;

  /** The credit simulator rates unknown enterprises by a hash; tests fix the grade they need. */
  private void ratingOf(String enterpriseId, String grade) {
    creditSimulator.assign(enterpriseId, grade);
  }

  private BigDecimal utilised(String enterpriseId) {
    return facilities.of(enterpriseId).stream().map(f -> f.getUtilised()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Map<String, Object> invoice(String seller, String amount, String requested) {
    return invoiceOf(seller, "BUY-001", amount, requested, null);
  }

  private static Map<String, Object> invoiceOf(String seller, String buyer, String amount, String requested,
      String declaration) {
    Map<String, Object> body = FactoringRequests.invoice(seller, buyer, amount, requested);
    if (declaration != null) {
      body.put("customsDeclaration", declaration);
    }
    return body;
  }

  private String submit(Map<String, Object> body) {
    return submitAs("rm", body);
  }

  private String submitAs(String user, Map<String, Object> body) {
    identityService.setAuthentication(user, List.of("relationship-managers", "credit-analysts"));
    try {
      String app = submissions.submit("FACTORING", body).getId();
      identityService.clearAuthentication();
      instances.put(app, runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(app)
          .processDefinitionKey("factoring").singleResult());
      return app;
    } finally {
      identityService.clearAuthentication();
    }
  }

  private String disbursed(String seller, Map<String, Object> body) {
    String app = submit(body);
    runJobs();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    return app;
  }

  /** The factoring instance of an application, running or ended (camunda-bpm-assert reads history for ended ones). */
  private ProcessInstance instanceOf(String app) {
    return instances.get(app);
  }

  /** Every activity any instance of the application (main or called) has passed. */
  private List<String> passed(String app) {
    var history = engine.getHistoryService();
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(app).list().stream()
        .flatMap(p -> history.createHistoricActivityInstanceQuery().processInstanceId(p.getId()).list().stream())
        .map(a -> a.getActivityId()).toList();
  }

  private ProcessInstance creditDecision(String app) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(app)
        .processDefinitionKey("credit-decision").singleResult();
  }

  private String variable(String app, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instanceOf(app).getId()).variableName(name).singleResult().getValue().toString();
  }

  private Task task(String app) {
    return taskService.createTaskQuery().processInstanceBusinessKey(app).singleResult();
  }

  private void complete(String app, String user, String group, Map<String, Object> variables) {
    Task task = task(app);
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Runs every due async continuation of every instance until none is left (timers wait for {@link #fireTimer}). */
  private void runJobs() {
    Jobs.runAll(managementService);
  }

  private void runJobsBefore(String activityId) {
    for (int round = 0; round < 50; round++) {
      var skipped = managementService.createJobQuery().activityId(activityId).list().stream().map(Job::getId).toList();
      List<Job> jobs = managementService.createJobQuery().executable().messages().list().stream()
          .filter(j -> !skipped.contains(j.getId())).toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private Job jobAt(String app, String activityId) {
    return Jobs.at(managementService, runtimeService, app, activityId);
  }

  private void fireTimer(String app, String activityId) {
    managementService.executeJob(jobAt(app, activityId).getId());
    runJobs();
  }
}
