package com.scfengine.supplychainfinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.applications.FinancingApplication;
import com.scfengine.applications.FourEyesViolation;
import com.scfengine.common.PortRequestRejectedException;
import com.scfengine.corebanking.Booking;
import com.scfengine.corebanking.BookingRequest;
import com.scfengine.corebanking.CoreBanking;
import com.scfengine.corebanking.CoreBankingSimulator;
import com.scfengine.corebanking.Posting;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.financing.Bookings;
import com.scfengine.financing.Repayment;
import com.scfengine.limits.Facilities;
import com.scfengine.registry.ReceivableRegistry;
import com.scfengine.registry.ReceivableState;
import com.scfengine.support.Jobs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reverse factoring, supplier onboarding and the paying agent, entered through the real services (Programmes.open,
 * Programmes.onboard, Payables.upload, EarlyPayments.request) with the core-banking simulator and the job executor
 * off, so that each async step and timer is run by the test. Each test has a core enterprise, a supplier and a
 * programme of its own. Core banking is the simulator behind a thin wrapper that records every booking and can refuse
 * the collection of a chosen application, as a real core banking answers 4xx when the account cannot be debited.
 */
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.process-engine-name=reverseFactoringProcessTest",
    "spring.datasource.url=jdbc:h2:mem:scf-reverse-factoring-process;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
    "spring.jpa.database-platform=org.hibernate.dialect.H2Dialect"})
class ReverseFactoringProcessTest {

  /** The simulator, recording what is booked and refusing the collections of the applications named. */
  static class RecordingCoreBanking implements CoreBanking {
    final CoreBankingSimulator simulator;
    final List<BookingRequest> booked = new CopyOnWriteArrayList<>();
    final Set<String> refuseCollectionOf = ConcurrentHashMap.newKeySet();

    RecordingCoreBanking(CoreBankingSimulator simulator) {
      this.simulator = simulator;
    }

    @Override
    public Booking book(BookingRequest request) {
      if ("COLLECTION".equals(request.kind()) && request.postings().stream().anyMatch(p -> p.side() == Posting.Side.DEBIT
          && p.account().startsWith("CUSTOMER:")) && refuseCollectionOf.contains(request.reference())) {
        throw new PortRequestRejectedException("core banking", "booking " + request.idempotencyKey(), 409,
            "insufficient funds");
      }
      Booking booking = simulator.book(request);
      booked.add(request);
      return booking;
    }

    @Override
    public BigDecimal balance(String account, String currency) {
      return simulator.balance(account, currency);
    }

    @Override
    public List<com.scfengine.corebanking.LedgerBooking> bookingsOf(java.util.Collection<String> references) {
      return simulator.bookingsOf(references);
    }
  }

  @TestConfiguration
  static class Banking {
    @Bean
    @Primary
    RecordingCoreBanking recordingCoreBanking(CoreBankingSimulator simulator) {
      return new RecordingCoreBanking(simulator);
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired Programmes programmes;
  @Autowired Payables payables;
  @Autowired EarlyPayments earlyPayments;
  @Autowired Applications applications;
  @Autowired Enterprises enterprises;
  @Autowired Facilities facilities;
  @Autowired ReceivableRegistry registry;
  @Autowired Bookings bookings;
  /** The adapter as the engine calls it: timed by the metrics' proxy around it. */
  @Autowired RecordingCoreBanking coreBankingPort;
  /** The recorder itself, whose lists the test reads. */
  RecordingCoreBanking coreBanking;
  @Autowired JdbcTemplate jdbc;

  private final LocalDate today = LocalDate.now();
  private String suffix;
  private String core;
  private String supplier;
  private String programme;

  @BeforeEach
  void parties() {
    BpmnAwareTests.init(engine);
    coreBanking = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(coreBankingPort);
    suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    core = "CORE-" + suffix;
    supplier = "SUP-" + suffix;
    enterprises.register(new Enterprises.Registration(core, "Core Enterprise " + suffix, "CN", "CORE_ENTERPRISE", "A",
        "0.01"));
    enterprises.register(new Enterprises.Registration(supplier, "Supplier " + suffix, "CN", "SME", "BB", "0.04"));
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  // ---------------------------------------------------------------- early payment

  @Test
  void anEarlyPaymentWithinTheThresholdIsPaidStraightThroughAndHoldsTheProgrammeLimit() {
    openProgramme("1000000.00", false);
    onboard(true);
    String payable = upload("100000.00", 60);

    String app = requestEarlyPayment(payable);

    // A, 60 days: base 4.50 % + margin 1.50 % = 6 % p.a.; USD ACT/360: 100,000 × 0.06 × 60 / 360 = 1,000.00
    FinancingApplication financed = applications.get(app);
    assertThat(financed.getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    assertThat(financed.getPricing().orElseThrow()).satisfies(p -> {
      assertThat(p.advance()).isEqualByComparingTo("100000.00");
      assertThat(p.discountInterest()).isEqualByComparingTo("1000.00");
      assertThat(p.serviceFee()).isEqualByComparingTo("0");
      assertThat(p.netAdvance()).isEqualByComparingTo("99000.00");
    });
    assertThat(instanceOf(app)).isWaitingAt("TimerEvent_DueDate").hasPassed("ServiceTask_Disburse")
        .hasNotPassed("UserTask_ApproveEarlyPayment");
    assertThat(bookings.disbursementsOf(app)).singleElement()
        .satisfies(d -> assertThat(d.getAmount()).isEqualByComparingTo("99000.00"));
    Payable paid = payables.get(payable);
    assertThat(paid.getStatus()).isEqualTo(Payable.Status.FINANCED);
    assertThat(paid.getDiscount()).isEqualByComparingTo("1000.00");
    assertThat(paid.getPaidToSupplier()).isEqualByComparingTo("99000.00");
    assertThat(registry.of(payable)).singleElement()
        .satisfies(r -> assertThat(r.getState()).isEqualTo(ReceivableState.FINANCED));
    assertThat(facility().getUtilised()).isEqualByComparingTo("100000.00");
    assertThat(facility().getAvailable()).isEqualByComparingTo("900000.00");
    assertThat(variable(app, "discountRate")).isEqualTo("0.06");
  }

  @Test
  void atTheDueDateTheCoreEnterpriseIsDebitedAndTheLimitReleased() {
    openProgramme("1000000.00", false);
    onboard(true);
    String payable = upload("100000.00", 60);
    String app = requestEarlyPayment(payable);

    fireTimer(app, "TimerEvent_DueDate");

    assertThat(instanceOf(app)).isEnded().hasPassed("ServiceTask_DebitCoreEnterprise", "EndEvent_Settled");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.SETTLED);
    assertThat(applications.get(app).getDecision()).isEqualTo("PAID_BY_DEBIT");
    assertThat(payables.get(payable).getStatus()).isEqualTo(Payable.Status.PAID);
    assertThat(registry.of(payable)).singleElement()
        .satisfies(r -> assertThat(r.getState()).isEqualTo(ReceivableState.SETTLED));
    assertThat(bookings.repaymentsOf(app)).singleElement().satisfies(r -> {
      assertThat(r.getKind()).isEqualTo("COLLECTION");
      assertThat(r.getAmount()).isEqualByComparingTo("100000.00");
    });
    assertThat(bookingsOf(app, "COLLECTION")).singleElement().satisfies(b -> assertThat(b.postings())
        .anySatisfy(p -> {
          assertThat(p.account()).isEqualTo("CUSTOMER:" + core);
          assertThat(p.side()).isEqualTo(Posting.Side.DEBIT);
          assertThat(p.amount()).isEqualByComparingTo("100000.00");
        }).noneMatch(p -> p.account().equals("CUSTOMER:" + supplier)));
    assertThat(facility().getUtilised()).isEqualByComparingTo("0");
  }

  @Test
  void aCoreEnterpriseThatDoesNotPayIsDunnedWithoutRecourseToTheSupplier() {
    openProgramme("1000000.00", false);
    onboard(true);
    String payable = upload("100000.00", 60);
    String app = requestEarlyPayment(payable);
    coreBanking.refuseCollectionOf.add(app);

    fireTimer(app, "TimerEvent_DueDate");

    assertThat(instanceOf(app)).isWaitingAt("UserTask_DunCoreEnterprise").hasPassed("ServiceTask_MarkOverdue");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.OVERDUE);
    assertThat(applications.get(app).getDecision()).isEqualTo("UNPAID");
    assertThat(payables.get(payable).getStatus()).isEqualTo(Payable.Status.OVERDUE);
    assertThat(bookings.repaymentsOf(app)).isEmpty();
    assertThat(facility().getUtilised()).as("the limit stays held").isEqualByComparingTo("100000.00");
    assertThat(coreBanking.booked).as("nothing is ever taken from the supplier")
        .flatMap(BookingRequest::postings)
        .noneMatch(p -> p.account().equals("CUSTOMER:" + supplier) && p.side() == Posting.Side.DEBIT);
    assertThat(task(app).getTaskDefinitionKey()).isEqualTo("UserTask_DunCoreEnterprise");

    complete(app, "ops", "trade-operations", Map.of("paymentReceived", true, "dunningComment", "paid on day 3"));
    Jobs.runAll(managementService);

    assertThat(instanceOf(app)).isEnded().hasPassed("ServiceTask_BookPayment", "EndEvent_SettledAfterDunning");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.SETTLED);
    assertThat(payables.get(payable).getStatus()).isEqualTo(Payable.Status.PAID);
    assertThat(bookings.repaymentsOf(app)).singleElement()
        .satisfies(r -> assertThat(r.getAmount()).isEqualByComparingTo("100000.00"));
    assertThat(facility().getUtilised()).isEqualByComparingTo("0");
    assertThat(coreBanking.booked).flatMap(BookingRequest::postings)
        .noneMatch(p -> p.account().equals("CUSTOMER:" + supplier) && p.side() == Posting.Side.DEBIT);
  }

  @Test
  void anEarlyPaymentAboveTheThresholdIsApprovedByAnAnalystOtherThanTheRequester() {
    openProgramme("1000000.00", false);
    onboard(true);
    String payable = upload("300000.00", 90); // A: an analyst approves above 250,000

    String app = requestEarlyPayment(payable);

    assertThat(instanceOf(app)).isWaitingAt("UserTask_ApproveEarlyPayment");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
    assertThat(facility().getUtilised()).isEqualByComparingTo("0");
    assertThatThrownBy(() -> complete(app, "supplier-user", "credit-analysts",
        Map.of("approved", true, "decisionComment", "my own")))
        .hasRootCauseInstanceOf(FourEyesViolation.class);

    complete(app, "analyst", "credit-analysts", Map.of("approved", true, "decisionComment", "strong buyer"));
    Jobs.runAll(managementService);

    assertThat(instanceOf(app)).isWaitingAt("TimerEvent_DueDate");
    assertThat(variable(app, "UserTask_ApproveEarlyPaymentCompletedBy")).isEqualTo("analyst");
    // 300,000 × 0.06 × 90 / 360 = 4,500.00
    assertThat(payables.get(payable).getDiscount()).isEqualByComparingTo("4500.00");
    assertThat(payables.get(payable).getPaidToSupplier()).isEqualByComparingTo("295500.00");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    assertThat(facility().getUtilised()).isEqualByComparingTo("300000.00");
  }

  @Test
  void anEarlyPaymentTheAnalystDeclinesLeavesThePayableOpen() {
    openProgramme("1000000.00", false);
    onboard(true);
    String payable = upload("300000.00", 90);
    String app = requestEarlyPayment(payable);

    complete(app, "analyst", "credit-analysts", Map.of("approved", false, "decisionComment", "concentration"));
    Jobs.runAll(managementService);

    assertThat(instanceOf(app)).isEnded().hasPassed("ServiceTask_RejectDeclined", "ServiceTask_ReopenPayable");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(applications.get(app).getReason()).isEqualTo("Declined: concentration");
    assertThat(payables.get(payable).getStatus()).isEqualTo(Payable.Status.OPEN);
  }

  @Test
  void anExhaustedProgrammeLimitRejectsTheEarlyPaymentAndOpensThePayableAgain() {
    openProgramme("100000.00", false);
    onboard(true);
    String payable = upload("150000.00", 60);

    String app = requestEarlyPayment(payable);

    assertThat(instanceOf(app)).isEnded().hasPassed("ServiceTask_RejectLimitExceeded", "ServiceTask_ReopenPayable")
        .hasNotPassed("ServiceTask_Disburse");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(applications.get(app).getDecision()).isEqualTo("LIMIT_EXCEEDED");
    Payable open = payables.get(payable);
    assertThat(open.getStatus()).isEqualTo(Payable.Status.OPEN);
    assertThat(open.getApplicationId()).isNull();
    assertThat(facility().getUtilised()).isEqualByComparingTo("0");
    assertThat(bookings.disbursementsOf(app)).isEmpty();
    assertThat(registry.of(payable)).singleElement().as("the payable stays registered")
        .satisfies(r -> assertThat(r.getState()).isEqualTo(ReceivableState.PENDING));
  }

  @Test
  void anExpiredProgrammeFinancesNothing() {
    openProgramme("1000000.00", false);
    onboard(true);
    String payable = upload("100000.00", 30);
    jdbc.update("update programme set expiry = ? where id = ?", today.minusDays(1), programme);

    String app = requestEarlyPayment(payable);

    assertThat(instanceOf(app)).isEnded().hasPassed("ServiceTask_RejectNotEligible")
        .hasNotPassed("BusinessRuleTask_Pricing");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(applications.get(app).getReason()).contains("expired");
    assertThat(payables.get(payable).getStatus()).isEqualTo(Payable.Status.OPEN);
    assertThat(facility().getUtilised()).isEqualByComparingTo("0");
  }

  // ---------------------------------------------------------------- paying agent

  @Test
  void asPayingAgentTheBankPaysADuePayableNobodyFinancedOnTheCoreEnterprisesBehalf() {
    openProgramme("1000000.00", true);
    onboard(true);
    String payable = upload("42000.00", 30);
    String later = upload("1000.00", 40);
    jdbc.update("update payable set due_date = ? where id = ?", today, payable);

    Job daily = managementService.createJobQuery().processDefinitionKey("payables-at-maturity").timers()
        .singleResult();
    assertThat(daily).as("the daily timer is scheduled").isNotNull();
    managementService.executeJob(daily.getId());
    Jobs.runAll(managementService);

    assertThat(payables.get(payable).getStatus()).isEqualTo(Payable.Status.PAID);
    assertThat(payables.get(later).getStatus()).as("not due yet").isEqualTo(Payable.Status.OPEN);
    assertThat(bookings.repaymentsOf(payable)).singleElement().satisfies(r -> {
      assertThat(r.getKind()).isEqualTo("PAYING_AGENT");
      assertThat(r.getAmount()).isEqualByComparingTo("42000.00");
    });
    assertThat(coreBanking.booked).filteredOn(b -> b.idempotencyKey().equals(payable + ":PAYING-AGENT"))
        .singleElement().satisfies(b -> assertThat(b.postings()).extracting(Posting::account, Posting::side)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CUSTOMER:" + core, Posting.Side.DEBIT),
                org.assertj.core.groups.Tuple.tuple("CUSTOMER:" + supplier, Posting.Side.CREDIT)));
    assertThat(registry.of(payable)).singleElement()
        .satisfies(r -> assertThat(r.getState()).isEqualTo(ReceivableState.SETTLED));
    assertThat(managementService.createJobQuery().processDefinitionKey("payables-at-maturity").timers().count())
        .as("tomorrow's run is scheduled").isEqualTo(1);
  }

  // ---------------------------------------------------------------- supplier onboarding

  @Test
  void aSupplierIsActiveOnlyOnceAnAnalystOtherThanTheRequesterApprovesIt() {
    openProgramme("1000000.00", false);
    programmes.onboard(programme, new Programmes.NewSupplier(supplier, null, false), "rm");
    Jobs.runAll(managementService); // the sanctions screening
    assertThat(programmes.supplier(programme, supplier).orElseThrow().getStatus())
        .isEqualTo(ProgrammeSupplier.Status.ONBOARDING);
    String key = programme + ":" + supplier;
    assertThatThrownBy(() -> complete(key, "rm", "credit-analysts", Map.of("approved", true, "reviewComment", "ok")))
        .hasRootCauseInstanceOf(FourEyesViolation.class);

    complete(key, "analyst", "credit-analysts", Map.of("approved", true, "reviewComment", "KYC in order"));

    ProgrammeSupplier active = programmes.supplier(programme, supplier).orElseThrow();
    assertThat(active.getStatus()).isEqualTo(ProgrammeSupplier.Status.ACTIVE);
    assertThat(active.getReason()).isEqualTo("KYC in order");
    assertThat(onboardingOf(key)).isEnded().hasPassed("EndEvent_SupplierActive");
  }

  @Test
  void aDeclinedSupplierStaysOffTheProgramme() {
    openProgramme("1000000.00", false);
    programmes.onboard(programme, new Programmes.NewSupplier(supplier, null, false), "rm");
    Jobs.runAll(managementService); // the sanctions screening
    String key = programme + ":" + supplier;

    complete(key, "analyst", "credit-analysts", Map.of("approved", false, "reviewComment", "not a real supplier"));

    ProgrammeSupplier declined = programmes.supplier(programme, supplier).orElseThrow();
    assertThat(declined.getStatus()).isEqualTo(ProgrammeSupplier.Status.DECLINED);
    assertThat(declined.getReason()).isEqualTo("not a real supplier");
    assertThat(onboardingOf(key)).isEnded().hasPassed("EndEvent_SupplierDeclined");
  }

  @Test
  void aSupplierOnTheSanctionsListIsDeclinedWithoutAReview() {
    openProgramme("1000000.00", false);
    String listed = "SAN-" + suffix;
    enterprises.register(new Enterprises.Registration(listed, "Sanctioned Trading LLC", "AE", "SME", "BB", "0.04"));
    programmes.onboard(programme, new Programmes.NewSupplier(listed, null, false), "rm");
    Jobs.runAll(managementService);

    String key = programme + ":" + listed;
    assertThat(onboardingOf(key)).isEnded().hasPassed("ServiceTask_ScreenSupplier", "EndEvent_SupplierDeclined")
        .hasNotPassed("UserTask_ReviewSupplier");
    ProgrammeSupplier declined = programmes.supplier(programme, listed).orElseThrow();
    assertThat(declined.getStatus()).isEqualTo(ProgrammeSupplier.Status.DECLINED);
    assertThat(declined.getReason()).startsWith("Sanctions match: Sanctioned Trading LLC");
  }

  // ---------------------------------------------------------------- helpers

  private void openProgramme(String limit, boolean payingAgent) {
    programme = programmes.open(new Programmes.NewProgramme("PRG-" + suffix, "Programme " + suffix, core, "USD", limit,
        today.plusYears(1).toString(), 180, "0.0450", false, payingAgent)).getId();
  }

  private void onboard(boolean approved) {
    programmes.onboard(programme, new Programmes.NewSupplier(supplier, null, false), "rm");
    Jobs.runAll(managementService); // the sanctions screening
    complete(programme + ":" + supplier, "analyst", "credit-analysts",
        Map.of("approved", approved, "reviewComment", approved ? "approved" : "declined"));
  }

  private int invoices;

  private String upload(String amount, int daysToDue) {
    String number = "INV-" + suffix + "-" + (++invoices);
    var uploaded = payables.upload(programme, List.of(new Payables.Line(2, supplier, number, amount, "USD",
        today.minusDays(5).toString(), today.plusDays(daysToDue).toString(), null)), "hash-" + number, "core-user");
    return uploaded.created().get(0).getId();
  }

  private String requestEarlyPayment(String payableId) {
    String app = earlyPayments.request(List.of(payableId), "supplier-user").get(0).applicationId();
    Jobs.runAll(managementService);
    return app;
  }

  private ProcessInstance instanceOf(String app) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(app).list().stream().findFirst()
        .orElseGet(() -> historicInstance(app, "reverse-factoring"));
  }

  private ProcessInstance onboardingOf(String key) {
    return historicInstance(key, "supplier-onboarding");
  }

  /** An ended instance, as camunda-bpm-assert takes it: the id is what it asserts on. */
  private ProcessInstance historicInstance(String key, String definitionKey) {
    var historic = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
        .processDefinitionKey(definitionKey).singleResult();
    var instance = new org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity();
    instance.setId(historic.getId());
    instance.setProcessInstanceId(historic.getId());
    return instance;
  }

  private Task task(String businessKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
  }

  private void complete(String businessKey, String user, String group, Map<String, Object> variables) {
    Task task = task(businessKey);
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Object variable(String app, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instanceOf(app).getId())
        .variableName(name).singleResult().getValue();
  }

  private void fireTimer(String app, String activityId) {
    managementService.executeJob(Jobs.at(managementService, runtimeService, app, activityId).getId());
    Jobs.runAll(managementService);
  }

  private List<BookingRequest> bookingsOf(String app, String kind) {
    return coreBanking.booked.stream().filter(b -> b.reference().equals(app) && b.kind().equals(kind)).toList();
  }

  private com.scfengine.limits.CreditFacility facility() {
    return facilities.get(programmes.get(programme).getFacilityId());
  }
}
