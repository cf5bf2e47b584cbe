package com.scfengine.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.Applications;
import com.scfengine.credit.CreditBureauSimulator;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.limits.Facilities;
import com.scfengine.products.Submissions;
import com.scfengine.registry.DuplicateFinancingException;
import com.scfengine.registry.Receivable;
import com.scfengine.registry.ReceivableRegistry;
import com.scfengine.registry.ReceivableState;
import com.scfengine.support.FactoringRequests;
import com.scfengine.support.Jobs;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
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
 * Duplicates through the document checks: factoring applications entered through the real submission service, the
 * shared registry simulated in-process (another institution's registrations put in directly), the job executor off
 * so that each async step is run by the test.
 */
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.process-engine-name=documentChecksProcessTest",
    "spring.datasource.url=jdbc:h2:mem:scf-document-checks-process;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
    "spring.jpa.database-platform=org.hibernate.dialect.H2Dialect"})
class DocumentChecksProcessTest {

  static final String OTHER_BANK = "OTHRGB2LXXX";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired Submissions submissions;
  @Autowired Applications applications;
  @Autowired Enterprises enterprises;
  @Autowired Facilities facilities;
  @Autowired ReceivableRegistry registry;
  @Autowired CreditBureauSimulator credit;
  @Autowired DocumentVerifierSimulator sharedRegistry;
  @Autowired DocumentsProperties settings;

  private final Map<String, ProcessInstance> instances = new HashMap<>();

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void twoDifferentInvoicesOfTheSamePartiesAmountAndDatesBothProceed() {
    String seller = seller();
    Map<String, Object> first = invoice(seller);
    Map<String, Object> second = sameContent(first, "INV-B-" + seller);
    String firstApp = submit(first);
    runJobs();
    assertThat(status(firstApp)).isEqualTo(ApplicationStatus.DISBURSED);

    String secondApp = submit(second);   // registered and flagged, not refused
    runJobs();

    // not "financed elsewhere": the first is the bank's own, under another number; a person clears it
    assertThat(instanceOf(secondApp)).calledProcessInstance("document-checks")
        .isWaitingAt("UserTask_ClearPossibleDuplicate");
    assertThat(status(secondApp)).isEqualTo(ApplicationStatus.IN_REVIEW);
    Task clearing = task(secondApp);
    assertThat(clearing.getName()).isEqualTo("Clear a possible duplicate for " + secondApp);
    assertThat(taskService.getVariables(clearing.getId()))
        .containsEntry("possibleDuplicate", true)
        .containsEntry("nearDuplicateOf", firstApp)
        .doesNotContainKey("nearDuplicateAt");
    assertThat(taskService.getVariable(clearing.getId(), "duplicateDetail").toString())
        .contains(second.get("invoiceNumber").toString(), secondApp)
        .contains(first.get("invoiceNumber").toString(), firstApp, "financed");

    complete(secondApp, Map.of("duplicateCleared", true, "duplicateComment", "two deliveries, two invoices"));
    runJobs();

    assertThat(status(secondApp)).isEqualTo(ApplicationStatus.DISBURSED);
    assertThat(status(firstApp)).isEqualTo(ApplicationStatus.DISBURSED);
    assertThat(passed(secondApp)).contains("UserTask_ClearPossibleDuplicate").doesNotContain("ServiceTask_ConfirmDuplicate");
    assertThat(passed(firstApp)).doesNotContain("UserTask_ClearPossibleDuplicate");
  }

  @Test
  void aConfirmedDuplicateIsRejectedAndItsReceivableReleased() {
    String seller = seller();
    Map<String, Object> first = invoice(seller);
    String firstApp = submit(first);
    runJobs();
    String secondApp = submit(sameContent(first, "INV-RE-" + seller));
    runJobs();

    complete(secondApp, Map.of("duplicateCleared", false, "duplicateComment", "the same delivery invoiced twice"));

    assertThat(instanceOf(secondApp)).hasPassed("ServiceTask_RejectOnDocuments").isEnded();
    assertThat(passed(secondApp)).contains("UserTask_ClearPossibleDuplicate", "ServiceTask_ConfirmDuplicate");
    assertThat(status(secondApp)).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(applications.get(secondApp).getReason())
        .isEqualTo("Duplicate confirmed by ops: the same delivery invoiced twice");
    assertThat(registry.of(secondApp)).singleElement()
        .satisfies(r -> assertThat(r.getState()).isEqualTo(ReceivableState.RELEASED));
    assertThat(status(firstApp)).isEqualTo(ApplicationStatus.DISBURSED);
  }

  @Test
  void theBanksOwnEarlierRegistrationIsNotElsewhere() {
    String app = submit(invoice(seller()));
    Receivable receivable = receivableOf(app);
    // an earlier application of this bank still holds the same receivable at the shared registry
    sharedRegistry.registerFingerprint(new RegistryEntry(receivable.getFingerprint(),
        receivable.getNumberFingerprint(), settings.registry().institution(), "FAC-EARLIER-1"));

    runJobs();

    assertThat(status(app)).isEqualTo(ApplicationStatus.DISBURSED);
    assertThat(instanceOf(app)).hasPassed("CallActivity_DocumentChecks").hasNotPassed("ServiceTask_RejectOnDocuments");
    assertThat(passed(app)).contains("ServiceTask_RegisterExternally").doesNotContain("UserTask_ClearPossibleDuplicate");
  }

  @Test
  void anotherInstitutionsRegistrationUnderTheSameNumberRejectsNamingIt() {
    String app = submit(invoice(seller()));
    Receivable receivable = receivableOf(app);
    sharedRegistry.registerFingerprint(new RegistryEntry(receivable.getFingerprint(),
        receivable.getNumberFingerprint(), OTHER_BANK, "THEIR-REF-42"));

    runJobs();

    assertThat(instanceOf(app)).hasPassed("ServiceTask_RejectOnDocuments").isEnded();
    assertThat(status(app)).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(applications.get(app).getReason())
        .contains("already registered for financing elsewhere, at " + OTHER_BANK);
    assertThat(passed(app)).doesNotContain("UserTask_ClearPossibleDuplicate", "ServiceTask_ScreenParties");
    assertThat(registry.of(app)).singleElement()
        .satisfies(r -> assertThat(r.getState()).isEqualTo(ReceivableState.RELEASED));
  }

  @Test
  void theSameContentAtAnotherInstitutionUnderAnotherNumberIsClearedByTradeOperations() {
    String app = submit(invoice(seller()));
    Receivable receivable = receivableOf(app);
    sharedRegistry.registerFingerprint(new RegistryEntry(receivable.getFingerprint(), "another-number",
        OTHER_BANK, "THEIR-REF-43"));

    runJobs();

    assertThat(checksOf(app)).isWaitingAt("UserTask_ClearPossibleDuplicate");
    Task clearing = task(app);
    assertThat(taskService.getVariables(clearing.getId()))
        .containsEntry("nearDuplicateAt", OTHER_BANK).doesNotContainKey("nearDuplicateOf");
    assertThat(taskService.getVariable(clearing.getId(), "duplicateDetail").toString())
        .contains(receivable.getNumber(), "under another number at " + OTHER_BANK);

    complete(app, Map.of("duplicateCleared", true, "duplicateComment", "their invoice is for another shipment"));
    runJobs();
    assertThat(status(app)).isEqualTo(ApplicationStatus.DISBURSED);
  }

  @Test
  void anExactDuplicateIsStillRefusedWhateverItsSpelling() {
    String seller = seller();
    Map<String, Object> first = invoice(seller);
    submit(first);
    String number = first.get("invoiceNumber").toString();

    assertThatThrownBy(() -> submit(sameContent(first, " " + number.toLowerCase().replace('-', '/'))))
        .isInstanceOf(DuplicateFinancingException.class).hasMessageContaining("already pending");
  }

  // ---------------------------------------------------------------- helpers

  private String seller() {
    String id = "SME-D" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    enterprises.register(new Enterprises.Registration(id, "Duplicate Test Supplier " + id, "CN", "SME", "A", "0.01"));
    facilities.create(new Facilities.Request(null, id, "OBLIGOR", null, null, null, "USD", "200000.00",
        LocalDate.now().plusYears(1).toString()));
    credit.assign(id, "A");
    return id;
  }

  /** A small invoice of a well-rated seller: straight through when nothing stops it. */
  private static Map<String, Object> invoice(String seller) {
    return FactoringRequests.invoice(seller, "BUY-001", "12000.00", "9000.00");
  }

  private static Map<String, Object> sameContent(Map<String, Object> body, String number) {
    Map<String, Object> other = new HashMap<>(body);
    other.put("invoiceNumber", number);
    return other;
  }

  private String submit(Map<String, Object> body) {
    identityService.setAuthentication("rm", List.of("relationship-managers"));
    try {
      String app = submissions.submit("FACTORING", body).getId();
      identityService.clearAuthentication();   // with authorisation on, rm may not read instances
      instances.put(app, runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(app)
          .processDefinitionKey("factoring").singleResult());
      return app;
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The factoring instance of an application, running or ended (camunda-bpm-assert reads history for ended ones). */
  private ProcessInstance instanceOf(String app) {
    return instances.get(app);
  }

  private ApplicationStatus status(String app) {
    return applications.get(app).getStatus();
  }

  private Receivable receivableOf(String app) {
    return registry.of(app).stream().filter(r -> r.getState() != ReceivableState.RELEASED).findFirst().orElseThrow();
  }

  /** The running document-checks instance the application's instance called. */
  private ProcessInstance checksOf(String app) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(app)
        .processDefinitionKey("document-checks").singleResult();
  }

  private List<String> passed(String app) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(app).list().stream()
        .flatMap(p -> historyService.createHistoricActivityInstanceQuery().processInstanceId(p.getId()).list().stream())
        .map(a -> a.getActivityId()).toList();
  }

  private Task task(String app) {
    return taskService.createTaskQuery().processInstanceBusinessKey(app).singleResult();
  }

  private void complete(String app, Map<String, Object> decision) {
    Task task = task(app);
    identityService.setAuthentication("ops", List.of("trade-operations"));
    try {
      taskService.complete(task.getId(), decision);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void runJobs() {
    Jobs.runAll(managementService);
  }
}
