package com.scfengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.products.Bundle;
import com.scfengine.support.Api;
import com.scfengine.support.AppProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A credit team's day in the real webapps: the product runs as its own process (embedded default, demo data, a new
 * H2 file under target/processes) and headless Chromium signs the demo users in to Tasklist and Cockpit. The steps
 * run in order and build on each other (the application rm submits is the one the analyst reviews and the approver
 * approves); each saves a screenshot under target/browser and checks what the person sees on the page, and the
 * outcome over the product's REST API.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CreditTeamsDayTest {

  /** An amount as the bank shows it: currency, thousands separators, the currency's two decimals. */
  private static final Pattern USD = Pattern.compile("USD [0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2}");
  private static final Pattern JAVA_INTERNALS = Pattern.compile(
      "Exception\\b|\\bat [a-z]+\\.[\\w.$]+\\(|org\\.camunda\\.|com\\.scfengine\\.|java\\.lang\\.");

  private AppProcess app;
  private WebDriver driver;
  private Tasklist tasklist;
  private Screenshots screenshots;
  private WebDriverWait wait;

  private final String invoiceNumber = "INV-BR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private final LocalDate today = LocalDate.now();
  private String applicationId;
  private String reviewTitle;

  @BeforeAll
  void startProductAndBrowser() throws IOException {
    Path h2 = Path.of("target", "browser", "db", "scf-" + System.nanoTime()).toAbsolutePath();
    Files.createDirectories(h2.getParent());
    app = AppProcess.start("browser", Map.of("SCF_H2_FILE", h2.toString()), List.of());
    driver = Chromium.start();
    tasklist = new Tasklist(driver, base());
    wait = tasklist.waiting();
    screenshots = new Screenshots(driver, Path.of("target", "browser"));
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  @Order(1)
  void relationshipManagerAppliesForFactoringFromTasklist() {
    tasklist.signIn("rm");
    List<String> offered = tasklist.openStartForm("Factoring");
    assertThat(offered).contains("Factoring", "Forfaiting", "Import letter of credit");
    assertThat(pageText()).contains("Apply for factoring");

    tasklist.type("Seller (enterprise id)", "SME-002");
    tasklist.type("Buyer (enterprise id)", "BUY-001");
    tasklist.type("Invoice number", invoiceNumber);
    tasklist.select("Currency", "USD");
    tasklist.type("Invoice amount", "200,000.00");
    tasklist.type("Requested amount", "150000");
    tasklist.type("Issue date", today.minusDays(10).toString());
    tasklist.type("Due date", "30/01/2027");
    tasklist.tick("With recourse (the seller bears the buyer's default)");
    tasklist.untick("Disclosed (the buyer is notified of the assignment)");
    String dateError = tasklist.errorOf("Due date");
    screenshots.take("rm-factoring-form-bad-date");
    assertThat(dateError).as("the message under the due date").isNotBlank().contains("pattern");

    tasklist.type("Due date", today.plusDays(60).toString());
    tasklist.awaitNoErrorOf("Due date");
    screenshots.take("rm-factoring-form-filled");
    tasklist.start();
    String started = tasklist.awaitNotification(text -> !text.isBlank());
    screenshots.take("rm-factoring-started");
    assertThat(started).isEqualTo("The process has been started.");

    JsonNode mine = new FluentWait<>(api("rm")).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(300))
        .until(rm -> {
          for (JsonNode application : rm.get("/api/applications?applicantId=SME-002").json().path("content")) {
            if (application.path("status").asText().equals("IN_REVIEW")
                && application.path("submittedBy").asText().equals("rm")) {
              return application;
            }
          }
          return null;
        });
    applicationId = mine.path("id").asText();
    assertThat(mine.path("product").asText()).isEqualTo("FACTORING");
    assertThat(mine.path("requestedAmount").decimalValue()).isEqualByComparingTo("150000");
    assertThat(mine.path("amount").decimalValue()).isEqualByComparingTo("200000");
  }

  @Test
  @Order(2)
  void analystReviewsTheCreditInHisGroupsTasks() {
    tasklist.signIn("analyst");
    assertThat(tasklist.filters()).startsWith("My group's tasks");
    tasklist.pickFilter("My group's tasks");
    WebElement card = tasklist.card("Review credit: ");
    screenshots.take("analyst-group-tasks");
    String cardText = card.getText();
    assertThat(cardText).as("the task card").contains("Review credit: Hanoi Fresh Foods JSC, USD 150,000.00",
        applicationId, "Hanoi Fresh Foods JSC", "USD 200,000.00", "FACTORING", today.plusDays(60).toString());

    reviewTitle = tasklist.openTask("Review credit: Hanoi Fresh Foods JSC");
    tasklist.claim();
    assertThat(tasklist.value("Application")).isEqualTo(applicationId);
    assertThat(tasklist.value("Seller")).isEqualTo("Hanoi Fresh Foods JSC");
    assertThat(tasklist.value("Invoice number")).isEqualTo(invoiceNumber);
    screenshots.take("analyst-credit-review-form");
    for (String figure : List.of("Advance", "Discount interest", "Net advance (paid to the seller)")) {
      assertThat(tasklist.shownValue(figure)).as(figure).hasValueSatisfying(
          value -> assertThat(value).matches(USD));
    }

    tasklist.choose("Recommendation", "Approve");
    tasklist.type("Comment for the approver", "BBB seller, buyer limit ample, invoice verified: approve.");
    screenshots.take("analyst-recommends-approval");
    tasklist.completeAndAwaitClosed(reviewTitle);
    tasklist.awaitNoCard("Review credit: Hanoi Fresh Foods JSC");
    screenshots.take("analyst-review-completed");
    assertThat(openTasks(applicationId)).extracting(task -> task.path("name").asText())
        .noneMatch(name -> name.startsWith("Review credit")).anyMatch(name -> name.startsWith("Approve credit"));
  }

  @Test
  @Order(3)
  void theAnalystMayNotAlsoApproveTheCredit() {
    // were the analyst also an approver, the engine's four-eyes rule would still refuse: who reviewed may not approve
    Api admin = api("admin");
    assertThat(admin.send(admin.request("/engine-rest/group/credit-approvers/members/analyst")
        .PUT(HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(204);
    try {
      tasklist.signIn("analyst");
      tasklist.pickFilter("My group's tasks");
      tasklist.openTask("Approve credit: Hanoi Fresh Foods JSC");
      tasklist.claim();
      tasklist.tick("Approve");
      tasklist.type("Reason for the decision", "I reviewed it and I approve it too.");
      tasklist.complete();
      String refusal = tasklist.awaitNotification(text -> text.contains("Four eyes"));
      screenshots.take("analyst-refused-four-eyes");
      assertThat(refusal).contains("Four eyes", "analyst already decided on application " + applicationId);
      assertThat(pageText()).doesNotContainPattern(JAVA_INTERNALS);
      assertThat(openTasks(applicationId)).extracting(task -> task.path("name").asText())
          .anyMatch(name -> name.startsWith("Approve credit"));
    } finally {
      for (JsonNode task : openTasks(applicationId)) {
        admin.post("/engine-rest/task/" + task.path("id").asText() + "/unclaim", "{}");
      }
      admin.delete("/engine-rest/group/credit-approvers/members/analyst");
    }
  }

  @Test
  @Order(4)
  void approverApprovesAndAdminSeesTheInstanceInCockpit() {
    tasklist.signIn("approver");
    tasklist.pickFilter("My group's tasks");
    tasklist.openTask("Approve credit: Hanoi Fresh Foods JSC");
    tasklist.claim();
    assertThat(tasklist.value("Application")).isEqualTo(applicationId);
    tasklist.tick("Approve");
    tasklist.type("Reason for the decision", "Within authority; analyst recommends approval.");
    screenshots.take("approver-approves");
    tasklist.completeAndAwaitClosed("Approve credit: Hanoi Fresh Foods JSC");
    screenshots.take("approver-approval-completed");

    JsonNode disbursed = awaitStatus(applicationId, "DISBURSED");
    String factoringInstance = disbursed.path("processInstanceId").asText();

    Tasklist.signIn(driver, wait, base() + "/camunda/app/cockpit/default/", "admin");
    driver.get(base() + "/camunda/app/cockpit/default/#/process-instance/" + factoringInstance + "/runtime");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "applicationId"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), applicationId));
    screenshots.take("admin-cockpit-instance-variables");
    assertThat(pageText()).contains("Factoring", "applicationId", applicationId, "APPROVE");

    // its path: the credit decided and the advance paid, the instance now waits to collect from the buyer
    // (Cockpit's community edition shows running instances; the finished credit decision is in the history API)
    driver.findElement(By.linkText("Filter")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Collect from the buyer"));
    screenshots.take("admin-cockpit-instance-path");
    JsonNode decisions = api("admin").get("/engine-rest/history/process-instance?processDefinitionKey=credit-decision"
        + "&processInstanceBusinessKey=" + applicationId).json();
    assertThat(decisions).hasSize(1);
    assertThat(decisions.get(0).path("state").asText()).isEqualTo("COMPLETED");
  }

  @Test
  @Order(5)
  void designerDeploysAProductAndTheRelationshipManagerFindsItsStartForm() throws IOException {
    Bundle product = Bundle.poAdvance().as("desk");
    Map<String, String> files = new LinkedHashMap<>(product.files());
    String startForm = product.processKey() + "-application";
    files.computeIfPresent(product.name(Bundle.BPMN), (name, bpmn) -> bpmn
        .replace("<startEvent camunda:initiator=\"submittedBy\"", "<startEvent camunda:formRef=\"" + startForm
            + "\" camunda:formRefBinding=\"latest\" camunda:initiator=\"submittedBy\"")
        .replace("name=\"Purchase-order advance\"", "name=\"Purchase-order advance (desk)\""));
    files.put(startForm + ".form", Files.readString(Path.of("forms", "po-finance-application.form"))
        .replace("\"po-finance-application\"", "\"" + startForm + "\"")
        .replace("# Apply for purchase-order finance", "# Apply for a purchase-order advance"));
    Api designer = api("designer");
    Api.Response deployed = designer.send(multipart(designer.request("/api/products"), files));
    assertThat(deployed.status()).as(deployed.body()).isBetween(200, 201);

    tasklist.signIn("rm");
    List<String> offered = tasklist.openStartForm("Purchase-order advance (desk)");
    screenshots.take("rm-new-product-start-form");
    assertThat(offered).contains("Purchase-order advance (desk)", "Factoring");
    assertThat(pageText()).contains("Apply for a purchase-order advance", "Purchase order number", "Requested advance");
    tasklist.closeStartForm();
  }

  @Test
  @Order(6)
  void forfaitingCreditReviewInTasklist() {
    Api rm = api("rm");
    Api.Response submitted = rm.post("/api/products/FORFAITING/applications", Map.of(
        "exporterId", "SME-001", "importerId", "BUY-002", "guarantorBankId", "BANK-002", "guaranteeType", "AVAL",
        "currency", "USD", "method", "STRAIGHT_DISCOUNT", "instruments", List.of(Map.of(
            "number", "BE-" + invoiceNumber, "kind", "BILL_OF_EXCHANGE", "faceAmount", "250000.00",
            "issueDate", today.minusDays(5).toString(), "maturityDate", today.plusDays(200).toString()))));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    String deal = submitted.json().path("id").asText();
    awaitStatus(deal, "IN_REVIEW");

    reviewInTasklist("Review credit: Shenzhen Bright Textiles", "forfaiting", deal,
        Map.of("Guarantor bank", "Gulf Commercial Bank"));
    assertThat(openTasks(deal)).extracting(task -> task.path("name").asText())
        .noneMatch(name -> name.startsWith("Review credit")).isNotEmpty();
  }

  @Test
  @Order(7)
  void importLetterOfCreditCreditReviewInTasklist() {
    Api rm = api("rm");
    Map<String, Object> credit = new LinkedHashMap<>();
    credit.put("applicantId", "SME-002");
    credit.put("beneficiary", Map.of("name", "HANSEATIC MACHINERY EXPORT GMBH",
        "address", "GROSSE ELBSTRASSE 145\n22767 HAMBURG", "country", "DE", "account", "DE89370400440532013000"));
    credit.put("advisingBankBic", "DEUTDEHHXXX");
    credit.put("currency", "USD");
    credit.put("amount", "120000.00");
    credit.put("expiryDate", today.plusDays(100).toString());
    credit.put("expiryPlace", "HAMBURG");
    credit.put("latestShipmentDate", today.plusDays(80).toString());
    credit.put("availableBy", "PAYMENT");
    credit.put("partialShipments", "NOT_ALLOWED");
    credit.put("transhipment", "ALLOWED");
    credit.put("goods", "2 CNC LATHES MODEL HL-400, CIF SHENZHEN");
    credit.put("documentsRequired", List.of("SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS"));
    credit.put("confirmation", "WITHOUT");
    Api.Response submitted = rm.post("/api/products/IMPORT_LC/applications", credit);
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    String lc = submitted.json().path("id").asText();
    awaitStatus(lc, "IN_REVIEW");

    reviewInTasklist("Review credit: Hanoi Fresh Foods JSC, USD 120", "import-lc", lc,
        Map.of("Beneficiary", "HANSEATIC MACHINERY EXPORT GMBH"));
    assertThat(openTasks(lc)).extracting(task -> task.path("name").asText())
        .noneMatch(name -> name.startsWith("Review credit")).anyMatch(name -> name.startsWith("Approve credit"));
  }

  @Test
  @Order(8)
  void supplierOnboardingReviewInTasklist() {
    Api.Response proposed = api("rm").post("/api/programmes/PRG-CORE-001-USD/suppliers",
        Map.of("supplierId", "SME-003"));
    assertThat(proposed.status()).as(proposed.body()).isBetween(200, 201);

    tasklist.signIn("analyst");
    tasklist.pickFilter("My group's tasks");
    tasklist.openTask("Review supplier Pune Precision Castings");
    tasklist.claim();
    assertThat(tasklist.value("Programme")).isEqualTo("PRG-CORE-001-USD");
    assertThat(tasklist.value("Supplier")).isEqualTo("SME-003");
    assertThat(tasklist.value("Proposed by")).isEqualTo("rm");
    tasklist.tick("Approve the supplier for the programme");
    tasklist.type("Comment (the reason recorded)", "Screening clear; known supplier of the core enterprise.");
    screenshots.take("analyst-supplier-onboarding");
    tasklist.completeAndAwaitClosed("Review supplier Pune Precision Castings");
    tasklist.awaitNoCard("Review supplier Pune Precision Castings");
    screenshots.take("analyst-supplier-onboarded");

    JsonNode supplier = new FluentWait<>(api("analyst")).withTimeout(Duration.ofSeconds(30))
        .pollingEvery(Duration.ofMillis(300)).until(analyst -> {
          for (JsonNode s : analyst.get("/api/programmes/PRG-CORE-001-USD").json().path("suppliers")) {
            if (s.path("supplierId").asText().equals("SME-003") && s.path("status").asText().equals("ACTIVE")) {
              return s;
            }
          }
          return null;
        });
    assertThat(supplier.path("status").asText()).isEqualTo("ACTIVE");
  }

  @Test
  @Order(9)
  void tasklistAndCockpitCarryTheProductsNameAndNoMigrationBanner() {
    tasklist.signIn("analyst");
    screenshots.take("tasklist-header");
    assertThat(driver.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
    assertThat(driver.findElement(By.cssSelector(".navbar-brand")).getText()).contains("SCF Engine");

    Tasklist.signIn(driver, wait, base() + "/camunda/app/cockpit/default/", "admin");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".navbar-brand")));
    screenshots.take("cockpit-header");
    assertThat(driver.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
    assertThat(driver.findElement(By.cssSelector(".navbar-brand")).getText()).contains("SCF Engine");
  }

  /** The analyst opens the credit review of {@code caseId}, checks its data, recommends approval, completes. */
  private void reviewInTasklist(String title, String shot, String caseId, Map<String, String> shown) {
    tasklist.signIn("analyst");
    tasklist.pickFilter("My group's tasks");
    tasklist.openTask(title);
    tasklist.claim();
    assertThat(tasklist.value("Application")).isEqualTo(caseId);
    shown.forEach((label, value) -> assertThat(tasklist.value(label)).as(label).contains(value));
    tasklist.choose("Recommendation", "Approve");
    tasklist.type("Comment for the approver", "Reviewed: recommend approval.");
    screenshots.take("analyst-" + shot + "-review");
    tasklist.completeAndAwaitClosed(title);
    tasklist.awaitNoCard(title);
    screenshots.take("analyst-" + shot + "-review-completed");
  }

  private JsonNode awaitStatus(String application, String status) {
    return new FluentWait<>(api("admin")).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(300))
        .withMessage(() -> application + " to reach " + status + ": "
            + api("admin").get("/api/applications/" + application).body())
        .until(admin -> {
          JsonNode record = admin.get("/api/applications/" + application).json();
          return record.path("status").asText().equals(status) ? record : null;
        });
  }

  private List<JsonNode> openTasks(String application) {
    JsonNode tasks = api("admin").get("/engine-rest/task?processInstanceBusinessKey=" + application).json();
    return java.util.stream.StreamSupport.stream(tasks.spliterator(), false).toList();
  }

  private String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  private Api api(String user) {
    return app.api().as(user);
  }

  private String base() {
    return "http://127.0.0.1:" + app.port();
  }

  /** {@code multipart/form-data} with one part named {@code file} per file, as curl -F file=@… sends it. */
  private static HttpRequest.Builder multipart(HttpRequest.Builder request, Map<String, String> files) {
    String boundary = "----scf" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    files.forEach((name, content) -> body.writeBytes(("--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }
}
