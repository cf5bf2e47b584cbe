package com.scfengine.lettersofcredit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.applications.FourEyesViolation;
import com.scfengine.corebanking.CoreBankingSimulator;
import com.scfengine.credit.CreditBureauSimulator;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.financing.Accounts;
import com.scfengine.financing.Bookings;
import com.scfengine.financing.Repayment;
import com.scfengine.limits.Facilities;
import com.scfengine.limits.Limits;
import com.scfengine.money.BankingCalendar;
import com.scfengine.products.Submissions;
import com.scfengine.support.Jobs;
import com.scfengine.swift.DocumentaryCredit;
import com.scfengine.swift.Refusal;
import com.scfengine.swift.SwiftMessages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
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
 * Every path through an import letter of credit, entered through the real submission service and the letters of
 * credit service (as the REST controller calls them) with the real simulators and the job executor off, so that each
 * async step and timer is run by the test; asserted with camunda-bpm-assert. Each test registers an applicant of its
 * own with an OBLIGOR facility of USD 1,000,000, so that the limits and accounts it checks are its own.
 */
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.process-engine-name=importLcProcessTest",
    "spring.datasource.url=jdbc:h2:mem:scf-import-lc-process;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
    "spring.jpa.database-platform=org.hibernate.dialect.H2Dialect"})
class ImportLcProcessTest {

  private static final String USD = "USD";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired Submissions submissions;
  @Autowired Applications applications;
  @Autowired Enterprises enterprises;
  @Autowired Facilities facilities;
  @Autowired Limits limits;
  @Autowired Bookings bookings;
  @Autowired LettersOfCredit credits;
  @Autowired SwiftMessages swift;
  @Autowired BankingCalendar calendar;
  @Autowired CoreBankingSimulator coreBanking;
  @Autowired CreditBureauSimulator bureau;

  private final Map<String, ProcessInstance> started = new HashMap<>();
  private final Map<String, ProcessInstance> presentations = new HashMap<>();
  private String applicant;
  private String facility;
  private LocalDate today;

  @BeforeEach
  void applicantWithALimit() {
    BpmnAwareTests.init(engine);
    coreBanking.faults().reset();
    today = LocalDate.now(ZoneOffset.UTC);
    applicantWithALimitOf("1000000.00");
  }

  private void applicantWithALimitOf(String limit) {
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    applicant = "IMP-" + suffix;
    enterprises.register(new Enterprises.Registration(applicant, "Importer " + suffix, "HK", "CORE_ENTERPRISE", "A",
        "0.004"));
    bureau.assign(applicant, "A");
    facility = "FAC-" + suffix;
    facilities.create(new Facilities.Request(facility, applicant, "OBLIGOR", null, null, null, USD, limit,
        today.plusYears(1).toString()));
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
    coreBanking.faults().reset();
  }

  // ---------------------------------------------------------------- issuance

  @Test
  void aCreditTheApplicantsLimitCannotHoldIsRejectedAndHoldsNothing() {
    applicantWithALimitOf("30000.00");
    String app = submit(credit("40000.00"));
    runJobs();

    assertThat(passed(app)).contains("ServiceTask_ReserveLimit", "ServiceTask_RejectOnLimit", "EndEvent_NoLimit")
        .doesNotContain("ServiceTask_IssueCredit");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(app).count())
        .as("the application ended").isZero();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(credits.get(app).getStatus()).isEqualTo(LetterOfCredit.Status.DECLINED);
    assertThat(limits.held(app)).isZero();
    assertThat(available()).isEqualByComparingTo("30000.00");
    assertThat(credits.messagesOf(app)).as("no MT700 went out").isEmpty();
  }

  @Test
  void aSmallCreditOfAWellRatedApplicantIsIssuedStraightThroughWithNobodyTouchingIt() {
    String app = submit(credit("40000.00"));
    runJobs();

    assertThat(instanceOf(app)).isWaitingAt("Gateway_CreditLife")
        .hasPassed("ServiceTask_CreditTerms", "ServiceTask_OpenCredit", "ServiceTask_RateApplicant",
            "CallActivity_CreditDecision", "ServiceTask_ReserveLimit", "ServiceTask_IssueCredit")
        .hasNotPassed("ServiceTask_BlockMargin");
    assertThat(passed(app)).contains("ServiceTask_AutoApprove").doesNotContain("UserTask_ReviewCredit");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(app).count())
        .as("nobody touched it").isZero();

    LetterOfCredit credit = credits.get(app);
    assertThat(credit.getStatus()).isEqualTo(LetterOfCredit.Status.ISSUED);
    assertThat(credit.getIssueDate()).isEqualTo(today);
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.ISSUED);
    assertThat(limits.held(app)).as("amount plus 5 % tolerance").isEqualByComparingTo("42000.00");
    assertThat(available()).isEqualByComparingTo("958000.00");

    // the commission: 0.125 % of the maximum for the one started quarter of a 60-day credit
    assertThat(repayments(app, "FEE")).singleElement()
        .satisfies(fee -> assertThat(fee.getAmount()).isEqualByComparingTo("52.50"));
    assertThat(coreBanking.balance(Accounts.customer(applicant), USD)).isEqualByComparingTo("52.50");

    List<LcMessage> issued = credits.messagesOf(app);
    assertThat(issued).extracting(LcMessage::getMessageType).containsExactly("700");
    DocumentaryCredit mt700 = swift.readCreditWithContinuations(issued.stream().map(LcMessage::getFin).toList());
    assertThat(mt700.creditNumber()).isEqualTo(credit.getCreditNumber()).startsWith("ILC");
    assertThat(mt700.receiverBic()).isEqualTo("BKCHCNBJ");
    assertThat(mt700.currency()).isEqualTo(USD);
    assertThat(mt700.amount()).isEqualByComparingTo("40000.00");
    assertThat(mt700.tolerancePlus()).isEqualTo(5);
    assertThat(mt700.toleranceMinus()).isEqualTo(5);
    assertThat(mt700.issueDate()).isEqualTo(today);
    assertThat(mt700.expiryDate()).isEqualTo(today.plusDays(60));
    assertThat(mt700.latestShipmentDate()).isEqualTo(today.plusDays(45));
    assertThat(mt700.availableBy()).isEqualTo("BY PAYMENT");
    assertThat(mt700.applicant()).contains("Importer");
    assertThat(mt700.beneficiary()).contains("SHENZHEN WIDGETS CO LTD");
    assertThat(mt700.documentsRequired()).contains("SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS")
        .contains("PACKING LIST IN DUPLICATE");
  }

  @Test
  void aLargerCreditWaitsForTheAnalystAndTheApproverTheTableNamesWithFourEyes() {
    String app = submit(credit("200000.00", Map.of("tolerancePlus", 0, "toleranceMinus", 0)));
    runJobs();
    assertThat(variable(app, "ratingGrade")).isEqualTo("A");
    assertThat(taskOf(app).getTaskDefinitionKey()).isEqualTo("UserTask_ReviewCredit");
    assertThat(limits.held(app)).as("nothing held before the decision").isZero();
    assertThat(credits.get(app).getStatus()).isEqualTo(LetterOfCredit.Status.APPLIED);

    assertThatThrownBy(() -> complete(app, "rm", "credit-analysts",
        Map.of("analystRecommendation", "APPROVE", "analystComment", "my own client")))
        .hasRootCauseInstanceOf(FourEyesViolation.class);
    complete(app, "analyst", "credit-analysts",
        Map.of("analystRecommendation", "APPROVE", "analystComment", "a sound importer"));
    assertThat(taskOf(app).getTaskDefinitionKey()).isEqualTo("UserTask_ApproveCredit");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(app).taskCandidateGroup("credit-approvers")
        .count()).isOne();
    assertThatThrownBy(() -> complete(app, "analyst", "credit-approvers",
        Map.of("approved", true, "decisionComment", "again me"))).hasRootCauseInstanceOf(FourEyesViolation.class);
    complete(app, "approver", "credit-approvers", Map.of("approved", true, "decisionComment", "fine"));
    runJobs();

    assertThat(instanceOf(app)).isWaitingAt("Gateway_CreditLife");
    assertThat(credits.get(app).getStatus()).isEqualTo(LetterOfCredit.Status.ISSUED);
    assertThat(limits.held(app)).isEqualByComparingTo("200000.00");
  }

  @Test
  void aCreditFullyCoveredInCashSkipsTheCreditDecisionAndBlocksTheMargin() {
    String app = submit(credit("40000.00", Map.of("cashMarginPercent", "100")));
    assertThat(instanceOf(app)).isWaitingAt("ServiceTask_BlockMargin");
    runJobs();

    assertThat(instanceOf(app)).isWaitingAt("Gateway_CreditLife")
        .hasPassed("ServiceTask_BlockMargin", "ServiceTask_IssueCredit")
        .hasNotPassed("ServiceTask_RateApplicant", "CallActivity_CreditDecision", "ServiceTask_ReserveLimit");
    assertThat(passed(app)).doesNotContain("BusinessRuleTask_Authority");
    assertThat(credits.get(app).getCashMargin()).isEqualByComparingTo("42000.00");
    assertThat(credits.get(app).getStatus()).isEqualTo(LetterOfCredit.Status.ISSUED);
    assertThat(limits.held(app)).isZero();
    assertThat(available()).isEqualByComparingTo("1000000.00");
    assertThat(repayments(app, "MARGIN")).singleElement()
        .satisfies(m -> assertThat(m.getAmount()).isEqualByComparingTo("42000.00"));
    assertThat(coreBanking.balance(Accounts.cashMargin(applicant), USD)).isEqualByComparingTo("-42000.00");
  }

  // ---------------------------------------------------------------- presentations

  @Test
  void aComplyingPresentationIsPaidAtSightDebitingTheApplicant() {
    String app = issued(credit("40000.00"));
    LcPresentation presentation = present(app, "20000.00", complyingDocuments());
    assertThat(presentation.getFindings()).isNull();
    assertThat(presentation.getExaminationDeadline()).isEqualTo(deadline(today));
    ProcessInstance examination = presentationOf(app);
    assertThat(examination).isWaitingAt("UserTask_Examine");
    assertThat(taskOf(app).getDueDate().toInstant()).isEqualTo(startOf(deadline(today)));

    complete(app, "ops", "trade-operations", Map.of());
    assertThat(examination).isWaitingAt("UserTask_Settle");
    assertThat(credits.presentation(presentation.getId()).getStatus()).isEqualTo(LcPresentation.Status.COMPLYING);
    complete(app, "ops", "trade-operations", Map.of("settlement", "DEBIT_APPLICANT"));
    runJobs();

    assertThat(examination).isEnded().hasPassed("ServiceTask_Settle").hasNotPassed("UserTask_Waiver");
    LcPresentation paid = credits.presentation(presentation.getId());
    assertThat(paid.getStatus()).isEqualTo(LcPresentation.Status.PAID);
    assertThat(paid.getPaidAmount()).isEqualByComparingTo("20000.00");
    assertThat(paid.getSettlement()).isEqualTo("DEBIT_APPLICANT");
    assertThat(repayments(app, "HONOUR")).singleElement()
        .satisfies(h -> assertThat(h.getAmount()).isEqualByComparingTo("20000.00"));
    assertThat(coreBanking.balance(Accounts.customer(applicant), USD)).as("commission and the drawing")
        .isEqualByComparingTo("20052.50");
    LetterOfCredit credit = credits.get(app);
    assertThat(credit.getDrawn()).isEqualByComparingTo("20000.00");
    assertThat(credit.available()).isEqualByComparingTo("22000.00");
    assertThat(credit.getStatus()).isEqualTo(LetterOfCredit.Status.ISSUED);
    assertThat(limits.held(app)).as("the drawing's part given back").isEqualByComparingTo("22000.00");
    assertThat(available()).isEqualByComparingTo("978000.00");
    assertThat(instanceOf(app)).isWaitingAt("Gateway_CreditLife");
  }

  @Test
  void aDiscrepantPresentationTheApplicantWaivesIsPaidLessTheDiscrepancyFee() {
    String app = issued(credit("40000.00"));
    LcPresentation presentation = present(app, "30000.00", documentsWithoutPackingList());
    assertThat(presentation.getFindings()).isEqualTo("DOCUMENTS: Packing list missing");

    complete(app, "ops", "trade-operations", Map.of("confirmDocuments", true));
    assertThat(presentationOf(app)).isWaitingAt("UserTask_Waiver");
    assertThat(credits.presentation(presentation.getId()).getStatus()).isEqualTo(LcPresentation.Status.DISCREPANT);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(app)
        .taskCandidateGroup("relationship-managers").count()).isOne();
    complete(app, "rm", "relationship-managers", Map.of("waived", true));
    assertThat(presentationOf(app)).isWaitingAt("UserTask_Settle");
    assertThat(variableOfPresentation(app, "settlementAmount")).isEqualTo("29910.00");
    complete(app, "ops", "trade-operations", Map.of("settlement", "DEBIT_APPLICANT"));
    runJobs();

    LcPresentation paid = credits.presentation(presentation.getId());
    assertThat(paid.getStatus()).isEqualTo(LcPresentation.Status.PAID);
    assertThat(paid.getDiscrepancyFee()).isEqualByComparingTo("90.00");
    assertThat(paid.getPaidAmount()).as("to the presenter, less the fee").isEqualByComparingTo("29910.00");
    assertThat(coreBanking.balance(Accounts.customer(applicant), USD)).as("the applicant pays the whole drawing")
        .isEqualByComparingTo("30052.50");
    assertThat(credits.get(app).getDrawn()).isEqualByComparingTo("30000.00");
    assertThat(credits.messagesOf(app)).extracting(LcMessage::getMessageType).doesNotContain("734");
  }

  @Test
  void aDiscrepantPresentationNotWaivedIsRefusedByAnMt734ListingEveryDiscrepancy() {
    String app = issued(credit("40000.00"));
    LcPresentation presentation = present(app, "45000.00", documentsWithoutPackingList());
    assertThat(presentation.findingList()).hasSize(2);
    assertThat((String) variableOfPresentation(app, "findingOverAmount")).contains("45000.00").contains("42000.00");

    complete(app, "ops", "trade-operations", Map.of("confirmDocuments", true, "confirmOverAmount", true,
        "otherDiscrepancies", "Invoice does not show the credit number\nGoods described as W-2, credit says W-1"));
    complete(app, "rm", "relationship-managers", Map.of("waived", false));
    assertThat(presentationOf(app)).isWaitingAt("ServiceTask_Refuse");
    runJobs();

    assertThat(presentationOf(app)).isEnded().hasPassed("EndEvent_Refused").hasNotPassed("UserTask_Settle");
    assertThat(credits.presentation(presentation.getId()).getStatus()).isEqualTo(LcPresentation.Status.REFUSED);
    Refusal refusal = refusalOf(app);
    assertThat(refusal.creditNumber()).isEqualTo(credits.get(app).getCreditNumber());
    assertThat(refusal.receiverBic()).as("to the advising bank, which presented").isEqualTo("BKCHCNBJ");
    assertThat(refusal.utilisedAmount()).isEqualByComparingTo("45000.00");
    assertThat(refusal.utilisationDate()).isEqualTo(today);
    assertThat(refusal.discrepancies()).hasSize(4);
    assertThat(refusal.discrepancies().get(0)).startsWith("Drawing USD 45000.00 exceeds the USD 42000.00 available");
    assertThat(refusal.discrepancies().get(1)).isEqualTo("Packing list missing");
    assertThat(refusal.discrepancies().get(2)).isEqualTo("Invoice does not show the credit number");
    assertThat(refusal.discrepancies().get(3)).isEqualTo("Goods described as W-2, credit says W-1");
    assertThat(refusal.disposal()).contains("HOLD");
    assertThat(bookings.repaymentsOf(app)).extracting(Repayment::getKind).doesNotContain("HONOUR");
    assertThat(credits.get(app).getDrawn()).isZero();
    assertThat(limits.held(app)).isEqualByComparingTo("42000.00");
  }

  @Test
  void theWaiverCutOffBeforeTheExaminationDeadlineRefusesTheDocuments() {
    String app = issued(credit("40000.00"));
    LcPresentation presentation = present(app, "30000.00", documentsWithoutPackingList());
    complete(app, "ops", "trade-operations", Map.of("confirmDocuments", true));
    assertThat(presentationOf(app)).isWaitingAt("UserTask_Waiver");

    Job cutOff = jobAt(app, "BoundaryEvent_WaiverCutOff");
    LocalDate deadline = deadline(today);
    assertThat(cutOff.getDuedate().toInstant()).as("noon of the deadline day: time left to send the refusal")
        .isEqualTo(deadline.atTime(12, 0).toInstant(ZoneOffset.UTC))
        .isBefore(startOf(deadline.plusDays(1)));
    fireTimer(cutOff);

    assertThat(presentationOf(app)).isEnded().hasPassed("ServiceTask_Refuse").hasNotPassed("ServiceTask_RecordWaiver");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(app).count()).isZero();
    assertThat(credits.presentation(presentation.getId()).getStatus()).isEqualTo(LcPresentation.Status.REFUSED);
    assertThat(refusalOf(app).discrepancies()).containsExactly("Packing list missing");
  }

  @Test
  void anExaminationNotDoneByTheDeadlineDayGoesToTheTeamLead() {
    String app = issued(credit("40000.00"));
    present(app, "20000.00", complyingDocuments());
    Job overdue = jobAt(app, "BoundaryEvent_ExaminationOverdue");
    assertThat(overdue.getDuedate().toInstant()).isEqualTo(startOf(deadline(today)));
    fireTimer(overdue);

    assertThat(presentationOf(app)).isWaitingAt("UserTask_ExamineEscalated");
    Task escalated = taskOf(app);
    assertThat(escalated.getTaskDefinitionKey()).isEqualTo("UserTask_ExamineEscalated");
    assertThat(taskService.createTaskQuery().taskId(escalated.getId()).taskCandidateGroup("trade-operations-leads")
        .count()).isOne();
    assertThat(taskService.createTaskQuery().taskId(escalated.getId()).taskCandidateGroup("trade-operations")
        .count()).as("not the examiners' any more").isZero();
    complete(app, "opslead", "trade-operations-leads", Map.of());
    assertThat(presentationOf(app)).isWaitingAt("UserTask_Settle");
  }

  @Test
  void aUsanceCreditIsAcceptedAndPaidAtMaturity() {
    String app = issued(credit("40000.00", Map.of("availableBy", "ACCEPTANCE", "tenorDays", 60)));
    assertThat(credits.get(app).getTenorDays()).isEqualTo(60);
    LcPresentation presentation = present(app, "20000.00", complyingDocuments());
    complete(app, "ops", "trade-operations", Map.of());

    LocalDate maturity = calendar.nextBankingDay(today.plusDays(60), USD);
    assertThat(presentationOf(app)).isWaitingAt("IntermediateCatch_Maturity").hasPassed("ServiceTask_Accept");
    LcPresentation accepted = credits.presentation(presentation.getId());
    assertThat(accepted.getStatus()).isEqualTo(LcPresentation.Status.ACCEPTED);
    assertThat(accepted.getMaturityDate()).isEqualTo(maturity);
    assertThat(bookings.repaymentsOf(app)).extracting(Repayment::getKind).doesNotContain("HONOUR");
    Job timer = jobAt(app, "IntermediateCatch_Maturity");
    assertThat(timer.getDuedate().toInstant()).isEqualTo(startOf(maturity));

    fireTimer(timer);
    assertThat(presentationOf(app)).isWaitingAt("UserTask_Settle");
    complete(app, "ops", "trade-operations", Map.of("settlement", "DEBIT_APPLICANT"));
    runJobs();
    assertThat(credits.presentation(presentation.getId()).getStatus()).isEqualTo(LcPresentation.Status.PAID);
    assertThat(repayments(app, "HONOUR")).singleElement()
        .satisfies(h -> assertThat(h.getAmount()).isEqualByComparingTo("20000.00"));
    assertThat(credits.get(app).available()).isEqualByComparingTo("22000.00");
  }

  @Test
  void aCreditThatExpiresWithAcceptedDraftsKeepsTheirLimitUntilTheyArePaid() {
    String app = issued(credit("40000.00", Map.of("availableBy", "ACCEPTANCE", "tenorDays", 60)));
    LcPresentation presentation = present(app, "20000.00", complyingDocuments());
    complete(app, "ops", "trade-operations", Map.of());
    assertThat(credits.presentation(presentation.getId()).getStatus()).isEqualTo(LcPresentation.Status.ACCEPTED);

    fireTimer(jobAt(app, "IntermediateCatch_Expired"));
    assertThat(credits.get(app).getStatus()).isEqualTo(LetterOfCredit.Status.EXPIRED);
    assertThat(limits.held(app)).as("the accepted drafts are still to be paid").isEqualByComparingTo("20000.00");
    assertThat(available()).isEqualByComparingTo("980000.00");

    fireTimer(jobAt(app, "IntermediateCatch_Maturity"));
    complete(app, "ops", "trade-operations", Map.of("settlement", "DEBIT_APPLICANT"));
    runJobs();
    assertThat(credits.presentation(presentation.getId()).getStatus()).isEqualTo(LcPresentation.Status.PAID);
    assertThat(limits.held(app)).isZero();
    assertThat(available()).isEqualByComparingTo("1000000.00");
    assertThat(instanceOf(app)).isEnded();
  }

  @Test
  void aPresentationCanBeSettledByAnImportLoanInsteadOfADebit() {
    String app = issued(credit("40000.00"));
    LcPresentation presentation = present(app, "25000.00", complyingDocuments());
    complete(app, "ops", "trade-operations", Map.of());
    complete(app, "ops", "trade-operations", Map.of("settlement", "IMPORT_LOAN"));
    runJobs();

    LcPresentation paid = credits.presentation(presentation.getId());
    assertThat(paid.getStatus()).isEqualTo(LcPresentation.Status.PAID);
    assertThat(paid.getSettlement()).isEqualTo("IMPORT_LOAN");
    assertThat(repayments(app, "IMPORT_LOAN")).singleElement()
        .satisfies(loan -> assertThat(loan.getAmount()).isEqualByComparingTo("25000.00"));
    assertThat(bookings.repaymentsOf(app)).extracting(Repayment::getKind).doesNotContain("HONOUR");
    assertThat(coreBanking.balance(Accounts.customer(applicant), USD)).as("only the commission: the bank lent the rest")
        .isEqualByComparingTo("52.50");
    assertThat(credits.get(app).getDrawn()).isEqualByComparingTo("25000.00");
  }

  @Test
  void aPresentationThatUsesTheWholeCreditMakesItFullyDrawnAndTheCreditIsClosed() {
    String app = issued(credit("40000.00"));
    present(app, "42000.00", complyingDocuments());
    complete(app, "ops", "trade-operations", Map.of());
    complete(app, "ops", "trade-operations", Map.of("settlement", "DEBIT_APPLICANT"));
    runJobs();

    assertThat(instanceOf(app)).isEnded().hasPassed("IntermediateCatch_FullyDrawn", "ServiceTask_CloseCredit")
        .hasNotPassed("IntermediateCatch_Expired");
    LetterOfCredit credit = credits.get(app);
    assertThat(credit.getStatus()).isEqualTo(LetterOfCredit.Status.FULLY_DRAWN);
    assertThat(credit.available()).isZero();
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.SETTLED);
    assertThat(limits.held(app)).isZero();
    assertThat(available()).isEqualByComparingTo("1000000.00");
    assertThat(managementService.createJobQuery().processInstanceId(instanceOf(app).getId()).count()).isZero();
  }

  @Test
  void anUnusedCreditIsClosedAtExpiryReleasingTheLimitAndReturningTheMargin() {
    String app = issued(credit("40000.00", Map.of("cashMarginPercent", "20")));
    assertThat(limits.held(app)).as("the maximum less the 20 % margin").isEqualByComparingTo("33600.00");
    assertThat(coreBanking.balance(Accounts.cashMargin(applicant), USD)).isEqualByComparingTo("-8400.00");
    Job expiry = jobAt(app, "IntermediateCatch_Expired");
    LocalDate expires = calendar.nextBankingDay(today.plusDays(60), USD);
    assertThat(expiry.getDuedate().toInstant()).as("after the last day for presentation")
        .isEqualTo(startOf(expires.plusDays(1)));

    fireTimer(expiry);
    assertThat(instanceOf(app)).isEnded().hasPassed("IntermediateCatch_Expired", "ServiceTask_CloseCredit");
    assertThat(credits.get(app).getStatus()).isEqualTo(LetterOfCredit.Status.EXPIRED);
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.SETTLED);
    assertThat(limits.held(app)).isZero();
    assertThat(available()).isEqualByComparingTo("1000000.00");
    assertThat(repayments(app, "MARGIN_RELEASE")).singleElement()
        .satisfies(r -> assertThat(r.getAmount()).isEqualByComparingTo("8400.00"));
    assertThat(coreBanking.balance(Accounts.cashMargin(applicant), USD)).isZero();
  }

  // ---------------------------------------------------------------- amendments

  @Test
  void anIncreaseChangesTheCreditOnlyWhenTheBeneficiaryAcceptsIt() {
    String app = issued(credit("40000.00"));
    LocalDate newExpiry = today.plusDays(90);
    LcAmendment requested = credits.requestAmendment(app, new LettersOfCredit.AmendmentRequest("5000.00", null,
        newExpiry.toString(), null, "Quantity increased to 11250 widgets"), "rm");
    assertThat(requested.getNumber()).isEqualTo(1);
    assertThat(passed(app)).contains("CallActivity_AmendmentCredit", "ServiceTask_ReserveIncrease");
    assertThat(limits.held(app)).as("the increase with its tolerance, held while the beneficiary decides")
        .isEqualByComparingTo("47250.00");
    runJobs();

    assertThat(credits.amendment(app, 1).getStatus()).isEqualTo(LcAmendment.Status.SENT);
    assertThat(credits.get(app).getAmount()).as("not before the beneficiary accepts").isEqualByComparingTo("40000.00");
    assertThat(credits.get(app).getExpiryDate()).isEqualTo(today.plusDays(60));
    LcMessage mt707 = credits.messagesOf(app).stream().filter(m -> m.getMessageType().equals("707")).findFirst()
        .orElseThrow();
    var amendment = swift.readAmendment(mt707.getFin());
    assertThat(amendment.creditNumber()).isEqualTo(credits.get(app).getCreditNumber());
    assertThat(amendment.amendmentNumber()).isEqualTo(1);
    assertThat(amendment.increase()).isEqualByComparingTo("5000.00");
    assertThat(amendment.newExpiryDate()).isEqualTo(newExpiry);
    assertThat(repayments(app, "FEE")).extracting(Repayment::getAmount).usingElementComparator(BigDecimal::compareTo)
        .containsExactlyInAnyOrder(new BigDecimal("52.50"), new BigDecimal("75.00"));

    LcAmendment answered = credits.answerAmendment(app, 1, true, null);
    assertThat(answered.getStatus()).isEqualTo(LcAmendment.Status.ACCEPTED);
    LetterOfCredit credit = credits.get(app);
    assertThat(credit.getAmount()).isEqualByComparingTo("45000.00");
    assertThat(credit.maximum()).isEqualByComparingTo("47250.00");
    assertThat(credit.getExpiryDate()).isEqualTo(newExpiry);
    assertThat(limits.held(app)).isEqualByComparingTo("47250.00");
    assertThat(jobAt(app, "IntermediateCatch_Expired").getDuedate().toInstant())
        .as("the expiry timer moves with the expiry")
        .isEqualTo(startOf(calendar.nextBankingDay(newExpiry, USD).plusDays(1)));
    assertThat(instanceOf(app)).isWaitingAt("Gateway_CreditLife");
  }

  @Test
  void aRejectedAmendmentLeavesTheCreditAsItWasAndGivesTheIncreaseBack() {
    String app = issued(credit("40000.00"));
    credits.requestAmendment(app, new LettersOfCredit.AmendmentRequest("5000.00", null, null, null, null), "rm");
    runJobs();
    assertThat(limits.held(app)).isEqualByComparingTo("47250.00");

    LcAmendment answered = credits.answerAmendment(app, 1, false, "price not agreed");
    assertThat(answered.getStatus()).isEqualTo(LcAmendment.Status.REJECTED);
    assertThat(answered.getReason()).isEqualTo("price not agreed");
    assertThat(credits.get(app).getAmount()).isEqualByComparingTo("40000.00");
    assertThat(credits.get(app).maximum()).isEqualByComparingTo("42000.00");
    assertThat(limits.held(app)).isEqualByComparingTo("42000.00");
    assertThat(available()).isEqualByComparingTo("958000.00");
    assertThat(instanceOf(app)).isWaitingAt("Gateway_CreditLife");
    assertThat(variable(app, "requestedAmount")).as("the credit's terms in the process as they were")
        .isEqualTo("42000.00");

    // the next amendment is number 2, and it may be asked now that the first is answered
    LcAmendment next = credits.requestAmendment(app, new LettersOfCredit.AmendmentRequest(null, null, null, null,
        "Inspection certificate no longer required"), "rm");
    assertThat(next.getNumber()).isEqualTo(2);
  }

  @Test
  void anIncreaseTheLimitCannotHoldIsDeclinedAndNothingIsSent() {
    applicantWithALimitOf("45000.00");
    String app = issued(credit("40000.00"));
    credits.requestAmendment(app, new LettersOfCredit.AmendmentRequest("5000.00", null, null, null, null), "rm");
    runJobs();

    assertThat(passed(app)).contains("ServiceTask_DeclineAmendment").doesNotContain("ServiceTask_SendAmendment");
    LcAmendment declined = credits.amendment(app, 1);
    assertThat(declined.getStatus()).isEqualTo(LcAmendment.Status.DECLINED);
    assertThat(declined.getReason()).startsWith("Not enough limit").contains("5250.00");
    assertThat(credits.get(app).getAmount()).isEqualByComparingTo("40000.00");
    assertThat(limits.held(app)).isEqualByComparingTo("42000.00");
    assertThat(credits.messagesOf(app)).extracting(LcMessage::getMessageType).containsExactly("700");
    assertThat(applications.get(app).getStatus()).isEqualTo(ApplicationStatus.ISSUED);
    assertThat(instanceOf(app)).isWaitingAt("Gateway_CreditLife");
  }

  @Test
  void anIncreaseTheApproverDeclinesLeavesTheCreditAndItsTermsAsTheyWere() {
    String app = issued(credit("40000.00"));
    credits.requestAmendment(app, new LettersOfCredit.AmendmentRequest("20000.00", null, null, null, null), "rm");
    assertThat(taskOf(app).getTaskDefinitionKey()).as("USD 63000.00 with tolerance: an approver's")
        .isEqualTo("UserTask_ReviewCredit");
    complete(app, "analyst", "credit-analysts", Map.of("analystRecommendation", "DECLINE",
        "analystComment", "the importer's turnover does not carry it"));
    complete(app, "approver", "credit-approvers", Map.of("approved", false, "decisionComment", "too much"));
    runJobs();

    LcAmendment declined = credits.amendment(app, 1);
    assertThat(declined.getStatus()).isEqualTo(LcAmendment.Status.DECLINED);
    assertThat(declined.getReason()).contains("too much");
    assertThat(credits.get(app).getAmount()).isEqualByComparingTo("40000.00");
    assertThat(limits.held(app)).isEqualByComparingTo("42000.00");
    assertThat(credits.messagesOf(app)).extracting(LcMessage::getMessageType).containsExactly("700");
    assertThat(variable(app, "requestedAmount")).isEqualTo("42000.00");
    assertThat(instanceOf(app)).isWaitingAt("Gateway_CreditLife");
  }

  // ---------------------------------------------------------------- helpers

  private String issued(Map<String, Object> body) {
    String app = submit(body);
    runJobs();
    assertThat(credits.get(app).getStatus()).isEqualTo(LetterOfCredit.Status.ISSUED);
    assertThat(instanceOf(app)).isWaitingAt("Gateway_CreditLife");
    return app;
  }

  private Map<String, Object> credit(String amount) {
    return credit(amount, Map.of());
  }

  private Map<String, Object> credit(String amount, Map<String, Object> changes) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("applicantId", applicant);
    body.put("beneficiary", Map.of("name", "SHENZHEN WIDGETS CO LTD", "address", "1 HARBOUR ROAD, SHENZHEN",
        "country", "CN"));
    body.put("advisingBankBic", "BKCHCNBJ");
    body.put("currency", USD);
    body.put("amount", amount);
    body.put("tolerancePlus", 5);
    body.put("toleranceMinus", 5);
    body.put("expiryDate", today.plusDays(60).toString());
    body.put("expiryPlace", "HONG KONG");
    body.put("latestShipmentDate", today.plusDays(45).toString());
    body.put("availableBy", "PAYMENT");
    body.put("partialShipments", "NOT_ALLOWED");
    body.put("transhipment", "ALLOWED");
    body.put("portOfLoading", "SHENZHEN");
    body.put("portOfDischarge", "LOS ANGELES");
    body.put("goods", "10000 WIDGETS MODEL W-1, CIF LOS ANGELES");
    body.put("documentsRequired", List.of("SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS",
        "FULL SET OF CLEAN ON BOARD BILLS OF LADING", "PACKING LIST IN DUPLICATE"));
    body.put("additionalConditions", List.of("ALL DOCUMENTS MUST SHOW THE CREDIT NUMBER"));
    body.put("confirmation", "WITHOUT");
    body.putAll(changes);
    return body;
  }

  private static List<LettersOfCredit.PresentedDocument> complyingDocuments() {
    return List.of(new LettersOfCredit.PresentedDocument("COMMERCIAL_INVOICE", 3, 1),
        new LettersOfCredit.PresentedDocument("BILL_OF_LADING", 3, 0),
        new LettersOfCredit.PresentedDocument("PACKING_LIST", 2, 0));
  }

  private static List<LettersOfCredit.PresentedDocument> documentsWithoutPackingList() {
    return List.of(new LettersOfCredit.PresentedDocument("COMMERCIAL_INVOICE", 3, 1),
        new LettersOfCredit.PresentedDocument("BILL_OF_LADING", 3, 0));
  }

  private String submit(Map<String, Object> body) {
    identityService.setAuthentication("rm", List.of("relationship-managers"));
    try {
      String app = submissions.submit("IMPORT_LC", new HashMap<>(body)).getId();
      identityService.clearAuthentication();
      started.put(app, runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(app)
          .processDefinitionKey("import-lc").singleResult());
      return app;
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Documents presented today, shipped today, as trade operations record them. */
  private LcPresentation present(String app, String amount, List<LettersOfCredit.PresentedDocument> documents) {
    LcPresentation presentation = credits.present(app, new LettersOfCredit.PresentationRequest(today.toString(), null,
        null, documents, amount, today.toString()));
    presentations.put(app, runtimeService.createProcessInstanceQuery().processDefinitionKey("lc-presentation")
        .processInstanceBusinessKey(app).singleResult());
    assertThat(presentationOf(app)).as("the presentation's process").isNotNull();
    return presentation;
  }

  /** The examination deadline: the fifth banking day after the (banking) day of presentation. */
  private LocalDate deadline(LocalDate presentedOn) {
    return calendar.addBankingDays(calendar.nextBankingDay(presentedOn, USD), 5, USD);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private ProcessInstance instanceOf(String app) {
    return started.get(app);
  }

  /** The application's one presentation process (camunda-bpm-assert looks it up afresh, running or ended). */
  private ProcessInstance presentationOf(String app) {
    return presentations.get(app);
  }

  private Task taskOf(String app) {
    return taskService.createTaskQuery().processInstanceBusinessKey(app).singleResult();
  }

  private void complete(String app, String user, String group, Map<String, Object> variables) {
    Task task = taskOf(app);
    assertThat(task).as("an open task of " + app).isNotNull();
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Every activity the application passed, in its own instance and in the processes it called. */
  private List<String> passed(String app) {
    List<String> activities = new ArrayList<>();
    historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(app).list()
        .forEach(instance -> historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .list().forEach(activity -> activities.add(activity.getActivityId())));
    return activities;
  }

  private Object variable(String app, String name) {
    return runtimeService.getVariable(instanceOf(app).getId(), name);
  }

  private Object variableOfPresentation(String app, String name) {
    return runtimeService.getVariable(presentationOf(app).getId(), name);
  }

  private List<Repayment> repayments(String app, String kind) {
    return bookings.repaymentsOf(app).stream().filter(r -> r.getKind().equals(kind)).toList();
  }

  private Refusal refusalOf(String app) {
    List<LcMessage> refusals = credits.messagesOf(app).stream().filter(m -> m.getMessageType().equals("734")).toList();
    assertThat(refusals).hasSize(1);
    return swift.readRefusal(refusals.get(0).getFin());
  }

  private BigDecimal available() {
    return facilities.get(facility).getAvailable();
  }

  private void runJobs() {
    Jobs.runAll(managementService);
  }

  private Job jobAt(String app, String activityId) {
    return Jobs.at(managementService, runtimeService, app, activityId);
  }

  private void fireTimer(Job timer) {
    managementService.executeJob(timer.getId());
    runJobs();
  }

}
