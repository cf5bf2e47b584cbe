package com.scfengine.forfaiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.applications.FinancingApplication;
import com.scfengine.applications.FourEyesViolation;
import com.scfengine.common.InvalidInputException;
import com.scfengine.corebanking.CoreBankingSimulator;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.financing.Bookings;
import com.scfengine.limits.CreditFacility;
import com.scfengine.limits.Facilities;
import com.scfengine.products.Submissions;
import com.scfengine.registry.DuplicateFinancingException;
import com.scfengine.registry.ReceivableRegistry;
import com.scfengine.registry.ReceivableState;
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
 * Every path through forfaiting, entered through the real submission service with the real simulators and the job
 * executor off, so that each async step and timer is run by the test; asserted with camunda-bpm-assert. Each test
 * has a guarantor bank and a country of its own, so that the limits it checks are its own.
 */
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.process-engine-name=forfaitingProcessTest",
    "spring.datasource.url=jdbc:h2:mem:scf-forfaiting-process;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
    "spring.jpa.database-platform=org.hibernate.dialect.H2Dialect"})
class ForfaitingProcessTest {

  private static final List<String> COUNTRIES = List.of("SG", "JP", "DE", "FR", "NL", "CH", "KR", "GB", "US", "SA",
      "CN", "IN", "MY", "TH", "BR", "MX"); // none with a demo country limit
  private static int nextCountry;

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
  @Autowired Instruments instruments;
  @Autowired CoreBankingSimulator coreBankingSimulator;

  private final Map<String, ProcessInstance> started = new HashMap<>();
  private String exporter;
  private String importer;
  private String guarantor;
  private String country;

  @BeforeEach
  void parties() {
    BpmnAwareTests.init(engine);
    coreBankingSimulator.faults().reset();
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    exporter = "EXP-" + suffix;
    importer = "IMP-" + suffix;
    guarantor = "GBK-" + suffix;
    country = COUNTRIES.get(nextCountry++ % COUNTRIES.size());
    enterprises.register(new Enterprises.Registration(exporter, "Exporter " + suffix, "CN", "SME", "BB", "0.03"));
    enterprises.register(new Enterprises.Registration(importer, "Importer " + suffix, country, "CORE_ENTERPRISE", "A",
        "0.01"));
    enterprises.register(new Enterprises.Registration(guarantor, "Guarantor Bank " + suffix, country, "BANK", "A",
        "0.003"));
    facility(guarantor, "BANK", null, "5000000.00");
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
    coreBankingSimulator.faults().reset();
  }

  // ---------------------------------------------------------------- scenarios

  @Test
  void aSmallDealOnAWellRatedBankGoesStraightThroughAndIsSettledWhenTheLastInstrumentIsPaid() {
    String countryLimit = countryLimit("1000000.00");
    String app = submit(deal(instrument("BE-1", "20000.00", 90), instrument("BE-2", "20000.00", 180)));
    runJobs();
    assertThat(instanceOf(app)).isWaitingAt("UserTask_CheckInstruments");
    assertThat(passed(app)).contains("ServiceTask_AutoApprove").doesNotContain("UserTask_ReviewCredit");
    assertThat(registry.of(app)).hasSize(2);
    assertThat(variable(app, "guarantorRating")).isEqualTo("A");

    checkInstruments(app, true);
    FinancingApplication bought = applications.get(app);
    assertThat(bought.getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    BigDecimal net = bought.getPricing().orElseThrow().netAdvance();
    assertThat(bookings.disbursementsOf(app)).singleElement()
        .satisfies(d -> assertThat(d.getAmount()).isEqualByComparingTo(net));
    assertThat(available(bank())).isEqualByComparingTo("4960000.00");
    assertThat(available(countryLimit)).isEqualByComparingTo("960000.00");
    assertThat(registry.of(app)).allSatisfy(r -> assertThat(r.getState()).isEqualTo(ReceivableState.FINANCED));
    assertThat(instruments.of(app)).allSatisfy(i -> assertThat(i.getProceeds()).isPositive());

    fireMaturity(app);
    assertThat(available(bank())).as("the first instrument's share back").isEqualByComparingTo("4980000.00");
    assertThat(available(countryLimit)).isEqualByComparingTo("980000.00");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    fireMaturity(app);
    assertThat(instanceOf(app)).isEnded().hasPassed("ServiceTask_RecordSettled");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.SETTLED);
    assertThat(available(bank())).as("back to what it was").isEqualByComparingTo("5000000.00");
    assertThat(available(countryLimit)).isEqualByComparingTo("1000000.00");
    assertThat(bookings.repaymentsOf(app)).hasSize(2);
    assertThat(instruments.of(app)).allSatisfy(i -> assertThat(i.getState()).isEqualTo(Instrument.State.PAID));
    assertThat(registry.of(app)).allSatisfy(r -> assertThat(r.getState()).isEqualTo(ReceivableState.SETTLED));
  }

  @Test
  void aLargerDealGoesToAnAnalystAndAnApproverWithFourEyes() {
    countryLimit("5000000.00");
    String app = submit(deal(instrument("PN-1", "300000.00", 120)));
    runJobs();
    assertThat(creditTask(app).getTaskDefinitionKey()).isEqualTo("UserTask_ReviewCredit");
    assertThatThrownBy(() -> completeCredit(app, "rm", "credit-analysts",
        Map.of("analystRecommendation", "APPROVE", "analystComment", "mine")))
        .hasRootCauseInstanceOf(FourEyesViolation.class);
    completeCredit(app, "analyst", "credit-analysts", Map.of("analystRecommendation", "APPROVE",
        "analystComment", "a good bank"));
    assertThat(creditTask(app).getTaskDefinitionKey()).isEqualTo("UserTask_ApproveCredit");
    assertThatThrownBy(() -> completeCredit(app, "analyst", "credit-approvers",
        Map.of("approved", true, "decisionComment", "again me"))).hasRootCauseInstanceOf(FourEyesViolation.class);
    completeCredit(app, "approver", "credit-approvers", Map.of("approved", true, "decisionComment", "fine"));
    assertThat(instanceOf(app)).isWaitingAt("UserTask_CheckInstruments");
    checkInstruments(app, true);
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
  }

  @Test
  void aDuplicateInstrumentRefusesTheWholeDealAndWritesNothing() {
    countryLimit("1000000.00");
    String first = submit(deal(instrument("BE-DUP-1", "10000.00", 90)));
    assertThat(registry.of(first)).hasSize(1);
    Map<String, Object> again = deal(instrument("BE-NEW-2", "10000.00", 60), instrument("be dup 1", "10000.00", 90));
    assertThatThrownBy(() -> submit(again)).isInstanceOf(DuplicateFinancingException.class)
        .hasMessageContaining("be dup 1").hasMessageContaining("already pending");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("forfaiting")
        .variableValueEquals("applicantId", exporter).count()).isOne();
  }

  @Test
  void badInstrumentsAreRefusedEachByName() {
    Map<String, Object> body = deal(instrument("BE-1", "10000.001", 90), instrument("BE-1", "-5", -3));
    assertThatThrownBy(() -> submit(body)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.errors()).extracting(f -> f.field()).contains("instruments[0].faceAmount",
            "instruments[1].faceAmount", "instruments[1].maturityDate"));
  }

  @Test
  void aGuarantorWhoseCountryHasNoLimitIsNotEligible() {
    String app = submit(deal(instrument("BE-1", "10000.00", 90)));
    runJobs();
    assertThat(instanceOf(app)).isEnded().hasPassed("ServiceTask_RejectNotEligible");
    FinancingApplication rejected = applications.get(app);
    assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(rejected.getReason()).contains("no live COUNTRY facility");
    assertThat(registry.of(app)).allSatisfy(r -> assertThat(r.getState()).isEqualTo(ReceivableState.RELEASED));
  }

  @Test
  void anExhaustedCountryLimitRejectsTheDealAndHoldsNothing() {
    String countryLimit = countryLimit("30000.00");
    String app = submit(deal(instrument("BE-1", "20000.00", 90), instrument("BE-2", "20000.00", 120)));
    runJobs();
    checkInstruments(app, true);
    assertThat(instanceOf(app)).isEnded().hasPassed("ServiceTask_RejectOnLimits");
    assertThat(applications.get(app).getDecision()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(available(bank())).as("the bank's hold given back").isEqualByComparingTo("5000000.00");
    assertThat(available(countryLimit)).isEqualByComparingTo("30000.00");
    assertThat(bookings.disbursementsOf(app)).isEmpty();
  }

  @Test
  void anOfferLapsesWhenNoCompliantInstrumentsArriveAndReleasesEverything() {
    countryLimit("1000000.00");
    String app = submit(deal(instrument("BE-1", "10000.00", 90)));
    runJobs();
    fireTimer(app, "BoundaryEvent_OfferExpired");
    assertThat(instanceOf(app)).isEnded().hasPassed("ServiceTask_Lapse");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.CANCELLED);
    assertThat(applications.get(app).getDecision()).isEqualTo("LAPSED");
    assertThat(registry.of(app)).allSatisfy(r -> assertThat(r.getState()).isEqualTo(ReceivableState.RELEASED));
  }

  @Test
  void aDiscrepancyGoesBackOnceAndTheCorrectedInstrumentsAreBought() {
    countryLimit("1000000.00");
    String app = submit(deal(instrument("BE-1", "10000.00", 90)));
    runJobs();
    checkInstruments(app, false);
    assertThat(instanceOf(app)).isWaitingAt("UserTask_CheckCorrectedInstruments");
    checkInstruments(app, true);
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);

    String twice = submit(deal(instrument("BE-2", "10000.00", 90)));
    runJobs();
    checkInstruments(twice, false);
    checkInstruments(twice, false);
    assertThat(instanceOf(twice)).isEnded().hasPassed("ServiceTask_RejectOnDocuments");
    assertThat(applications.get(twice).getDecision()).isEqualTo("DOCUMENTS_REJECTED");
  }

  @Test
  void aCoreBankingOutageDelaysThePaymentAndThenItIsBookedOnce() {
    countryLimit("1000000.00");
    String app = submit(deal(instrument("BE-1", "10000.00", 90)));
    runJobs();
    coreBankingSimulator.faults().failNext(1);
    completeTask(app, "ops", "trade-operations", compliant(true));
    Job disburse = jobAt(app, "ServiceTask_Disburse");
    assertThatThrownBy(() -> managementService.executeJob(disburse.getId())).isNotNull();
    assertThat(bookings.disbursementsOf(app)).isEmpty();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.APPROVED);
    managementService.executeJob(disburse.getId()); // the retry, run now rather than in 30 s
    runJobs();
    assertThat(bookings.disbursementsOf(app)).hasSize(1);
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
  }

  @Test
  void anInstrumentNotPaidIsDishonouredAClaimOnTheGuarantorAndTheDealStaysOverdue() {
    String countryLimit = countryLimit("1000000.00");
    String app = boughtDeal(instrument("BE-1", "10000.00", 60), instrument("BE-2", "10000.00", 120));
    fireMaturity(app);
    fireTimer(app, "TimerEvent_Maturity");
    fireTimer(app, "TimerEvent_Protest");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.OVERDUE);
    assertThat(applications.get(app).getDecision()).isEqualTo("DISHONOURED");
    assertThat(instruments.of(app)).extracting(i -> i.getState())
        .containsExactly(Instrument.State.PAID, Instrument.State.DISHONOURED);
    completeTask(app, "ops", "trade-operations", Map.of("protestLodged", true, "fraudSuspected", false,
        "protestComment", "the guarantor disputes nothing, it cannot pay"));
    runJobs();
    assertThat(instanceOf(app)).isEnded().hasPassed("EndEvent_ClosedWithClaim").hasNotPassed("ServiceTask_RecordSettled");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.OVERDUE);
    assertThat(bookings.repaymentsOf(app)).extracting(r -> r.getKind()).containsExactlyInAnyOrder("MATURITY", "CLAIM");
    assertThat(available(countryLimit)).as("the dishonoured instrument's risk is still held")
        .isEqualByComparingTo("990000.00");
  }

  @Test
  void onAFindingOfFraudTheClaimMovesToTheExporterDecidedWithFourEyes() {
    countryLimit("1000000.00");
    String app = boughtDeal(instrument("BE-1", "10000.00", 60));
    fireTimer(app, "TimerEvent_Maturity");
    fireTimer(app, "TimerEvent_Protest");
    completeTask(app, "ops", "trade-operations", Map.of("protestLodged", true, "fraudSuspected", true,
        "protestComment", "the aval signature does not match the guarantor's specimens"));
    assertThatThrownBy(() -> completeTask(app, "rm", "credit-approvers", Map.of("fraudConfirmed", true,
        "fraudComment", "mine"))).hasRootCauseInstanceOf(FourEyesViolation.class);
    completeTask(app, "approver", "credit-approvers", Map.of("fraudConfirmed", true,
        "fraudComment", "forged aval confirmed by the guarantor"));
    runJobs();
    assertThat(instanceOf(app)).isEnded().hasPassed("ServiceTask_FraudRecourse");
    assertThat(applications.get(app).getDecision()).isEqualTo("FRAUD_RECOURSE");
    assertThat(bookings.repaymentsOf(app)).extracting(r -> r.getKind())
        .as("the claim on the guarantor, then moved to the exporter").containsExactly("CLAIM", "CLAIM");
  }

  // ---------------------------------------------------------------- helpers

  private String boughtDeal(Map<String, Object>... instruments) {
    String app = submit(deal(instruments));
    runJobs();
    checkInstruments(app, true);
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    return app;
  }

  private String countryLimit(String limit) {
    return facility(enterpriseHoldingCountryLimits(), "COUNTRY", country, limit);
  }

  private String enterpriseHoldingCountryLimits() {
    String id = "OWN-" + country;
    if (!enterprises.exists(id)) {
      enterprises.register(new Enterprises.Registration(id, "Country limits " + country, "HK", "BANK", "A", "0.003"));
    }
    return id;
  }

  private String facility(String enterprise, String kind, String countryCode, String limit) {
    String id = "FAC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    facilities.create(new Facilities.Request(id, enterprise, kind, null, null, countryCode, "USD", limit,
        LocalDate.now().plusYears(1).toString()));
    return id;
  }

  private String bank() {
    return facilities.of(guarantor).get(0).getId();
  }

  private BigDecimal available(String facilityId) {
    CreditFacility facility = facilities.get(facilityId);
    return facility.getAvailable();
  }

  private Map<String, Object> deal(Map<String, Object>... instruments) {
    Map<String, Object> body = new HashMap<>();
    body.put("exporterId", exporter);
    body.put("importerId", importer);
    body.put("guarantorBankId", guarantor);
    body.put("guaranteeType", "AVAL");
    body.put("currency", "USD");
    body.put("method", "STRAIGHT_DISCOUNT");
    body.put("instruments", List.of(instruments));
    return body;
  }

  private static Map<String, Object> instrument(String number, String face, int daysToMaturity) {
    return Map.of("number", number, "kind", "BILL_OF_EXCHANGE", "faceAmount", face,
        "issueDate", LocalDate.now().minusDays(5).toString(),
        "maturityDate", LocalDate.now().plusDays(daysToMaturity).toString());
  }

  private String submit(Map<String, Object> body) {
    identityService.setAuthentication("rm", List.of("relationship-managers"));
    try {
      String app = submissions.submit("FORFAITING", body).getId();
      identityService.clearAuthentication();
      started.put(app, runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(app)
          .processDefinitionKey("forfaiting").singleResult());
      return app;
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static Map<String, Object> compliant(boolean all) {
    return Map.of("avalPresent", true, "endorsedWithoutRecourse", all, "amountsAndDatesMatch", true,
        "signaturesVerified", true, "documentsComment", all ? "in order" : "endorsement missing");
  }

  private void checkInstruments(String app, boolean compliant) {
    completeTask(app, "ops", "trade-operations", compliant(compliant));
    runJobs();
  }

  private Task creditTask(String app) {
    return taskService.createTaskQuery().processInstanceBusinessKey(app).singleResult();
  }

  private void completeCredit(String app, String user, String group, Map<String, Object> variables) {
    completeTask(app, user, group, variables);
  }

  private void completeTask(String app, String user, String group, Map<String, Object> variables) {
    Task task = creditTask(app);
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private ProcessInstance instanceOf(String app) {
    return started.get(app);
  }

  /** Every activity the application passed, in its own instance and in the processes it called. */
  private List<String> passed(String app) {
    var history = engine.getHistoryService();
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(app).list().stream()
        .flatMap(instance -> history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .list().stream())
        .map(activity -> activity.getActivityId()).toList();
  }

  private String variable(String app, String name) {
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(app)
        .processDefinitionKey("forfaiting").singleResult();
    return String.valueOf(runtimeService.getVariable(instance.getId(), name));
  }

  private void runJobs() {
    Jobs.runAll(managementService);
  }

  private Job jobAt(String app, String activityId) {
    return Jobs.at(managementService, runtimeService, app, activityId);
  }

  private void fireTimer(String app, String activityId) {
    managementService.executeJob(jobAt(app, activityId).getId());
    runJobs();
  }

  /** The instrument matures and its guarantor pays it. */
  private void fireMaturity(String app) {
    fireTimer(app, "TimerEvent_Maturity");
    runtimeService.createMessageCorrelation("InstrumentPaid").processInstanceBusinessKey(app).correlate();
    runJobs();
  }
}
