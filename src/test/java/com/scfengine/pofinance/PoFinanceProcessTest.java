package com.scfengine.pofinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.applications.FinancingApplication;
import com.scfengine.credit.CreditBureauSimulator;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.financing.Bookings;
import com.scfengine.limits.Facilities;
import com.scfengine.products.Submissions;
import com.scfengine.registry.ReceivableRegistry;
import com.scfengine.registry.ReceivableState;
import com.scfengine.supplychainfinance.EarlyPayments;
import com.scfengine.supplychainfinance.Payables;
import com.scfengine.supplychainfinance.Programmes;
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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every way a purchase-order loan ends, entered through the real submission service with the real simulators and the
 * job executor off, so that each async step and timer is run by the test. Each test has a supplier and a core
 * enterprise of its own, so that the limits it checks are its own.
 */
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.process-engine-name=poFinanceProcessTest",
    "spring.datasource.url=jdbc:h2:mem:scf-po-finance-process;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
    "spring.jpa.database-platform=org.hibernate.dialect.H2Dialect"})
class PoFinanceProcessTest {

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
  @Autowired CreditBureauSimulator bureau;
  @Autowired Programmes programmes;
  @Autowired Payables payables;
  @Autowired EarlyPayments earlyPayments;

  private String supplier;
  private String buyer;
  private String supplierLimit;
  private final Map<String, ProcessInstance> started = new HashMap<>();

  @BeforeEach
  void parties() {
    BpmnAwareTests.init(engine);
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    supplier = "SUP-" + suffix;
    buyer = "CORE-" + suffix;
    enterprises.register(new Enterprises.Registration(supplier, "Supplier " + suffix, "VN", "SME", "A", "0.01"));
    enterprises.register(new Enterprises.Registration(buyer, "Core Enterprise " + suffix, "CN", "CORE_ENTERPRISE",
        "AA", "0.002"));
    bureau.assign(supplier, "A");
    supplierLimit = "FAC-" + suffix;
    facilities.create(new Facilities.Request(supplierLimit, supplier, "OBLIGOR", null, null, null, "USD", "500000.00",
        LocalDate.now().plusYears(1).toString()));
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  // ---------------------------------------------------------------- scenarios

  @Test
  void aConfirmedOrderOfAWellRatedSupplierIsFinancedStraightThroughAndWaitsForItsRepayment() {
    String po = submit(order("PO-1", "60000.00", "30000.00"));
    assertThat(instanceOf(po)).isWaitingAt("UserTask_ConfirmPurchaseOrder");
    assertThat(applications.get(po).getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);

    confirm(po, true);

    assertThat(instanceOf(po)).hasPassed("CallActivity_CreditDecision", "ServiceTask_Disburse")
        .isWaitingAt("Gateway_AwaitRepayment");
    assertThat(passed(po)).contains("ServiceTask_AutoApprove").doesNotContain("UserTask_ReviewCredit");
    FinancingApplication loan = applications.get(po);
    assertThat(loan.getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    BigDecimal advance = loan.getPricing().orElseThrow().advance();
    assertThat(advance).isEqualByComparingTo("30000.00"); // within 65 % of the order for an A supplier
    assertThat(bookings.disbursementsOf(po)).singleElement()
        .satisfies(d -> assertThat(d.getAmount()).isEqualByComparingTo(loan.getPricing().orElseThrow().netAdvance()));
    assertThat(utilised()).isEqualByComparingTo(advance);
    assertThat(registry.of(po)).singleElement().satisfies(r -> assertThat(r.getState()).isEqualTo(ReceivableState.FINANCED));
  }

  @Test
  void theFactoringOfTheInvoiceTheOrderBecameRepaysTheLoanFirst() {
    String po = financedOrder("PO-2", "60000.00", "30000.00");

    Map<String, Object> invoice = FactoringRequests.invoice(supplier, buyer, "60000.00", "40000.00");
    invoice.put("poReference", "PO-2");
    String factoring = submit("FACTORING", invoice);
    runJobs();

    FinancingApplication invoiceFinancing = applications.get(factoring);
    assertThat(invoiceFinancing.getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    assertThat(bookings.disbursementsOf(factoring)).hasSize(1);
    assertThat(passed(factoring)).containsSubsequence("ServiceTask_Disburse", "ServiceTask_SettlePurchaseOrderLoan");

    assertThat(instanceOf(po)).hasPassed("IntermediateCatch_InvoiceFinanced", "ServiceTask_RepayFromInvoice")
        .isEnded();
    FinancingApplication loan = applications.get(po);
    assertThat(loan.getStatus()).isEqualTo(ApplicationStatus.SETTLED);
    assertThat(loan.getDecision()).isEqualTo("REPAID_FROM_INVOICE");
    assertThat(loan.getReason()).contains(factoring);
    assertThat(bookings.repaymentsOf(po)).singleElement().satisfies(r -> {
      assertThat(r.getKind()).isEqualTo("PROCEEDS");
      assertThat(r.getAmount()).isEqualByComparingTo("30000.00");
    });
    assertThat(bookings.disbursementsOf(po)).hasSize(1);
    assertThat(utilised()).as("only the invoice's advance is still held")
        .isEqualByComparingTo(invoiceFinancing.getPricing().orElseThrow().advance());
    assertThat(registry.of(po)).singleElement().satisfies(r -> assertThat(r.getState()).isEqualTo(ReceivableState.SETTLED));
    assertThat(variableOf(factoring, PoFinance.PURCHASE_ORDER_REPAID)).isEqualTo(po);
  }

  @Test
  void theEarlyPaymentOfThePayableTheOrderBecameRepaysTheLoanFirst() {
    String po = financedOrder("PO-5", "60000.00", "30000.00");
    String programme = "PRG-" + buyer;
    programmes.open(new Programmes.NewProgramme(programme, "Programme of " + buyer, buyer, "USD", "1000000.00",
        LocalDate.now().plusYears(1).toString(), 180, "0.05", false, true));
    programmes.enrol(programme, new Programmes.NewSupplier(supplier, "ACC-1", false), "onboarded for the test");
    var uploaded = payables.upload(programme, List.of(new Payables.Line(2, supplier, "INV-PO-5", "60000.00", "USD",
        LocalDate.now().toString(), LocalDate.now().plusDays(60).toString(), "PO-5")), "hash-" + po, "core-user");
    String payable = uploaded.created().get(0).getId();
    String earlyPayment = earlyPayments.request(List.of(payable), "supplier-user").get(0).applicationId();
    runJobs();

    assertThat(applications.get(earlyPayment).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    assertThat(passed(earlyPayment)).containsSubsequence("ServiceTask_Disburse", "ServiceTask_SettlePurchaseOrderLoan",
        "ServiceTask_PayableFinanced");
    assertThat(instanceOf(po)).hasPassed("ServiceTask_RepayFromInvoice").isEnded();
    FinancingApplication loan = applications.get(po);
    assertThat(loan.getStatus()).isEqualTo(ApplicationStatus.SETTLED);
    assertThat(loan.getDecision()).isEqualTo("REPAID_FROM_INVOICE");
    assertThat(loan.getReason()).contains(earlyPayment);
    assertThat(bookings.repaymentsOf(po)).singleElement()
        .satisfies(r -> assertThat(r.getAmount()).isEqualByComparingTo("30000.00"));
    assertThat(utilised()).as("the supplier's limit no longer holds the loan").isZero();
    assertThat(payables.get(payable).getStatus()).isEqualTo(com.scfengine.supplychainfinance.Payable.Status.FINANCED);
  }

  @Test
  void aFactoringOfAnotherOrdersInvoiceLeavesTheLoanWaiting() {
    String po = financedOrder("PO-3", "60000.00", "30000.00");
    Map<String, Object> invoice = FactoringRequests.invoice(supplier, buyer, "60000.00", "40000.00");
    invoice.put("poReference", "PO-OTHER");
    String factoring = submit("FACTORING", invoice);
    runJobs();

    assertThat(applications.get(factoring).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    assertThat(instanceOf(po)).isWaitingAt("Gateway_AwaitRepayment");
    assertThat(applications.get(po).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    assertThat(bookings.repaymentsOf(po)).isEmpty();
  }

  @Test
  void atTheDueDateTheSupplierIsDebitedAndTheLimitReleased() {
    String po = financedOrder("PO-4", "60000.00", "30000.00");

    managementService.executeJob(Jobs.at(managementService, runtimeService, po, "IntermediateCatch_DueDate").getId());
    runJobs();

    assertThat(instanceOf(po)).hasPassed("ServiceTask_DebitSupplier").isEnded();
    FinancingApplication loan = applications.get(po);
    assertThat(loan.getStatus()).isEqualTo(ApplicationStatus.SETTLED);
    assertThat(loan.getDecision()).isEqualTo("DEBITED_AT_DUE_DATE");
    assertThat(bookings.repaymentsOf(po)).singleElement().satisfies(r -> {
      assertThat(r.getKind()).isEqualTo("RECOURSE");
      assertThat(r.getAmount()).isEqualByComparingTo("30000.00");
    });
    assertThat(utilised()).isZero();
    assertThat(registry.of(po)).singleElement().satisfies(r -> assertThat(r.getState()).isEqualTo(ReceivableState.SETTLED));
  }

  @Test
  void anOrderTheBuyerDoesNotConfirmIsRejectedAndHoldsNothing() {
    String po = submit(order("PO-5", "60000.00", "30000.00"));
    confirm(po, false);

    assertThat(instanceOf(po)).hasPassed("ServiceTask_RejectNotConfirmed").isEnded()
        .hasNotPassed("ServiceTask_RateSupplier");
    FinancingApplication loan = applications.get(po);
    assertThat(loan.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(loan.getDecision()).isEqualTo("BUYER_NOT_CONFIRMED");
    assertThat(bookings.disbursementsOf(po)).isEmpty();
    assertThat(utilised()).isZero();
  }

  // ---------------------------------------------------------------- helpers

  private String financedOrder(String number, String amount, String requested) {
    String po = submit(order(number, amount, requested));
    confirm(po, true);
    assertThat(applications.get(po).getStatus()).isEqualTo(ApplicationStatus.DISBURSED);
    return po;
  }

  private Map<String, Object> order(String number, String amount, String requested) {
    Map<String, Object> body = new HashMap<>();
    body.put("applicantId", supplier);
    body.put("counterpartyId", buyer);
    body.put("instrumentNumber", number);
    body.put("faceAmount", amount);
    body.put("requestedAmount", requested);
    body.put("currency", "USD");
    body.put("issueDate", LocalDate.now().minusDays(2).toString());
    body.put("expectedInvoiceDate", LocalDate.now().plusDays(45).toString());
    body.put("dueDate", LocalDate.now().plusDays(90).toString());
    return body;
  }

  private String submit(Map<String, Object> body) {
    String app = submit(PoFinance.PRODUCT, body);
    started.put(app, runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(app)
        .processDefinitionKey(PoFinance.PROCESS_KEY).singleResult());
    return app;
  }

  private String submit(String product, Map<String, Object> body) {
    identityService.setAuthentication("rm", List.of("relationship-managers"));
    try {
      return submissions.submit(product, body).getId();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Trade operations record the buyer's answer. */
  private void confirm(String po, boolean confirmed) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(po)
        .taskDefinitionKey("UserTask_ConfirmPurchaseOrder").singleResult();
    assertThat(task.getName()).contains("purchase order");
    identityService.setAuthentication("ops", List.of("trade-operations"));
    try {
      taskService.complete(task.getId(), Map.of("buyerConfirmed", confirmed, "buyerComment", "called the buyer"));
    } finally {
      identityService.clearAuthentication();
    }
    runJobs();
  }

  private ProcessInstance instanceOf(String app) {
    return started.get(app);
  }

  /** Every activity the application passed, in its own instance and in the processes it called, in order. */
  private List<String> passed(String app) {
    var history = engine.getHistoryService();
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(app).list().stream()
        .flatMap(instance -> history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .orderPartiallyByOccurrence().asc().list().stream())
        .map(activity -> activity.getActivityId()).toList();
  }

  private Object variableOf(String app, String name) {
    var history = engine.getHistoryService();
    var instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(app)
        .processDefinitionKey("factoring").singleResult();
    var variable = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  private BigDecimal utilised() {
    return facilities.get(supplierLimit).getUtilised();
  }

  private void runJobs() {
    Jobs.runAll(managementService);
  }
}
