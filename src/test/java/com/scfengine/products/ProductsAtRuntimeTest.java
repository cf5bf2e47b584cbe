package com.scfengine.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.credit.CreditBureauSimulator;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.limits.Facilities;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A product that is not in the repository — a purchase-order advance, composed only of building blocks with its
 * own pricing table and review form — deployed while the application runs, through the product API and through
 * Camunda Modeler's Deploy, and then financed end to end through the real entry points: submitted by the
 * relationship manager, reviewed by the analyst over {@code /engine-rest}, disbursed by the job executor.
 */
@DatabaseTest
class ProductsAtRuntimeTest {

  @LocalServerPort int port;
  @Autowired Enterprises enterprises;
  @Autowired Facilities facilities;
  @Autowired CreditBureauSimulator bureau;
  @Autowired RepositoryService repositoryService;

  private ProductDelivery delivery;
  private final List<Bundle> made = new ArrayList<>();

  @BeforeEach
  void setUp() {
    delivery = new ProductDelivery(port, enterprises, facilities, bureau, repositoryService);
  }

  @AfterEach
  void removeTheProductsThisTestMade() {
    made.forEach(delivery::removeDeploymentsOf);
  }

  /** A copy of the purchase-order advance under a code of its own, removed after the test. */
  private Bundle ownProduct(String prefix) {
    Bundle bundle = Bundle.poAdvance().as(prefix + UUID.randomUUID().toString().substring(0, 6));
    made.add(bundle);
    return bundle;
  }

  @Test
  void aDesignerDeploysAPurchaseOrderAdvanceAndItIsFinancedWithoutARelease() {
    Bundle bundle = Bundle.poAdvance();
    Api.Response deployed = Doors.productApi(delivery.as("designer"), bundle);

    assertThat(deployed.status()).as(deployed.toString()).isIn(201, 200); // 200: a reused database has it already
    JsonNode product = deployed.json();
    assertThat(product.path("code").asText()).isEqualTo("PO_ADVANCE");
    assertThat(product.path("name").asText()).isEqualTo("Purchase-order advance");
    assertThat(product.path("category").asText()).isEqualTo("Pre-shipment finance");
    assertThat(product.path("processKey").asText()).isEqualTo("po-advance");
    assertThat(product.path("version").asInt()).isPositive();
    if (deployed.status() == 201) {
      assertThat(deployed.location()).endsWith("/api/products/PO_ADVANCE");
      assertThat(product.path("newVersion").asBoolean()).isTrue();
    }

    JsonNode catalogue = delivery.as("rm").get("/api/products").json();
    assertThat(catalogue).anySatisfy(p -> {
      assertThat(p.path("code").asText()).isEqualTo("PO_ADVANCE");
      assertThat(p.path("version").asInt()).isEqualTo(product.path("version").asInt());
    });
    assertThat(delivery.as("rm").get("/api/products/PO_ADVANCE").json().path("processDefinitionId").asText())
        .isEqualTo(product.path("processDefinitionId").asText());

    String supplier = delivery.supplier("A", "200000.00");
    String app = financeToDisbursement("PO_ADVANCE", supplier);
    assertThat(delivery.definitionOf(app)).isEqualTo(product.path("processDefinitionId").asText());
  }

  @Test
  void theSameProductDeployedWithModelersDeployButtonIsFinancedToo() {
    Bundle bundle = ownProduct("mdl");
    Api.Response deployed = Doors.modeler(delivery.as("designer"), bundle, "purchase-order advance");

    assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
    JsonNode definitions = deployed.json().path("deployedProcessDefinitions");
    assertThat(definitions.size()).isEqualTo(1);
    JsonNode definition = definitions.elements().next();
    assertThat(definition.path("key").asText()).isEqualTo(bundle.processKey());
    assertThat(deployed.json().path("deployedDecisionDefinitions").elements().next().path("key").asText())
        .isEqualTo(bundle.decisionKey());
    assertThat(delivery.as("rm").get("/api/products").json())
        .anySatisfy(p -> assertThat(p.path("code").asText()).isEqualTo(bundle.code()));

    String supplier = delivery.supplier("AA", "200000.00");
    String app = financeToDisbursement(bundle.code(), supplier);
    assertThat(delivery.definitionOf(app)).isEqualTo(definition.path("id").asText());
  }

  @Test
  void anUnchangedBundleMakesNoNewVersionAChangedOneServesNewApplicationsWhileRunningOnesKeepTheirs() {
    Bundle first = ownProduct("ver");
    JsonNode v1 = Doors.productApi(delivery.as("designer"), first).json();
    assertThat(v1.path("newVersion").asBoolean()).isTrue();

    Api.Response again = Doors.productApi(delivery.as("designer"), first);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().path("newVersion").asBoolean()).isFalse();
    assertThat(again.json().path("version").asInt()).isEqualTo(v1.path("version").asInt());
    assertThat(again.json().path("processDefinitionId").asText()).isEqualTo(v1.path("processDefinitionId").asText());
    assertThat(repositoryService.createDeploymentQuery().deploymentName("product-" + first.code()).count()).isEqualTo(1);

    String supplier = delivery.supplier("A", "500000.00");
    String running = delivery.submit(first.code(), ProductDelivery.purchaseOrder(supplier, "100000.00", "50000.00"));
    JsonNode runningTask = delivery.awaitTask(running, "UserTask_ReviewPurchaseOrder");

    Bundle changed = first.edit(Bundle.BPMN, xml -> xml.replace("name=\"Review purchase order:",
        "name=\"Review purchase order (second version):"));
    Api.Response v2 = Doors.productApi(delivery.as("designer"), changed);
    assertThat(v2.status()).as(v2.toString()).isEqualTo(201);
    assertThat(v2.json().path("version").asInt()).isEqualTo(v1.path("version").asInt() + 1);
    assertThat(delivery.as("rm").get("/api/products/" + first.code()).json().path("version").asInt())
        .isEqualTo(v2.json().path("version").asInt());

    String fresh = delivery.submit(first.code(), ProductDelivery.purchaseOrder(supplier, "80000.00", "40000.00"));
    JsonNode freshTask = delivery.awaitTask(fresh, "UserTask_ReviewPurchaseOrder");
    assertThat(freshTask.path("name").asText()).startsWith("Review purchase order (second version):");
    assertThat(freshTask.path("processDefinitionId").asText()).isEqualTo(v2.json().path("processDefinitionId").asText());
    assertThat(runningTask.path("processDefinitionId").asText()).isEqualTo(v1.path("processDefinitionId").asText());

    approve(running, runningTask);
    approve(fresh, freshTask);
    delivery.awaitStatus(running, "DISBURSED");
    delivery.awaitStatus(fresh, "DISBURSED");
    assertThat(delivery.definitionOf(running)).isEqualTo(v1.path("processDefinitionId").asText());
    assertThat(delivery.definitionOf(fresh)).isEqualTo(v2.json().path("processDefinitionId").asText());
  }

  /**
   * Submissions find the product's latest version without the catalogue's authorised query: a suspended
   * latest version still takes no applications, and only a relationship manager may submit.
   */
  @Test
  void aSuspendedProductTakesNoApplicationsUntilItIsActivatedAgain() {
    Bundle bundle = ownProduct("sus");
    JsonNode deployed = Doors.productApi(delivery.as("designer"), bundle).json();
    String supplier = delivery.supplier("A", "500000.00");
    String first = delivery.submit(bundle.code(), ProductDelivery.purchaseOrder(supplier, "10000.00", "5000.00"));
    assertThat(delivery.definitionOf(first)).isEqualTo(deployed.path("processDefinitionId").asText());

    Api.Response byAnalyst = delivery.as("analyst").post("/api/products/" + bundle.code() + "/applications",
        ProductDelivery.purchaseOrder(supplier, "10000.00", "5000.00"));
    assertThat(byAnalyst.status()).as(byAnalyst.toString()).isEqualTo(403);

    repositoryService.suspendProcessDefinitionByKey(bundle.processKey());
    Api.Response refused = delivery.as("rm").post("/api/products/" + bundle.code() + "/applications",
        ProductDelivery.purchaseOrder(supplier, "10000.00", "5000.00"));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
    assertThat(refused.json().path("detail").asText()).contains(bundle.code());

    repositoryService.activateProcessDefinitionByKey(bundle.processKey());
    String again = delivery.submit(bundle.code(), ProductDelivery.purchaseOrder(supplier, "10000.00", "5000.00"));
    assertThat(delivery.definitionOf(again)).isEqualTo(deployed.path("processDefinitionId").asText());
    JsonNode submitted = delivery.as("rm").get("/api/applications?product=" + bundle.code()).json();
    assertThat(submitted.path("page").path("totalElements").asInt()).as("the refused ones left nothing").isEqualTo(2);
  }

  @Test
  void onlyProductDesignersMayDeploy() {
    Bundle bundle = ownProduct("sec");

    assertThat(Doors.productApi(delivery.as("rm"), bundle).status()).isEqualTo(403);
    assertThat(Doors.modeler(delivery.as("rm"), bundle, "sneaky").status()).isEqualTo(403);
    assertThat(Doors.productApi(delivery.as("analyst"), bundle).status()).isEqualTo(403);
    assertThat(Doors.productApi(Api.on(port), bundle).status()).isEqualTo(401);
    assertThat(ProductDelivery.deploymentsOf(repositoryService, bundle)).isEmpty();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(bundle.processKey()).count()).isZero();

    assertThat(Doors.productApi(delivery.as("designer"), bundle).status()).isEqualTo(201);
    Bundle byAdmin = ownProduct("adm");
    assertThat(Doors.productApi(delivery.as("admin"), byAdmin).status()).isEqualTo(201);
  }

  @Test
  void aBundleWithoutFilesOrWithOtherFilesIsRefused() {
    Api.Response none = delivery.as("designer").send(new Doors.Multipart().field("name", "x")
        .post(delivery.as("designer").request("/api/products")));
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().path("errors").get(0).path("field").asText()).isEqualTo("file");

    Api.Response text = delivery.as("designer").send(new Doors.Multipart().file("file", "notes.txt", "hello")
        .post(delivery.as("designer").request("/api/products")));
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.json().path("errors").get(0).path("message").asText()).contains("notes.txt");
  }

  // ------------------------------------------------------------------ the application's way

  /** Submitted by the RM, reviewed by the analyst (the submitter may not), disbursed by the job executor. */
  private String financeToDisbursement(String productCode, String supplier) {
    String app = delivery.submit(productCode, ProductDelivery.purchaseOrder(supplier, "100000.00", "50000.00"));

    JsonNode review = delivery.awaitTask(app, "UserTask_ReviewPurchaseOrder");
    assertThat(review.path("name").asText()).startsWith("Review purchase order: Runtime Product Supplier");
    assertThat(delivery.status(app)).isEqualTo("IN_REVIEW");
    JsonNode form = delivery.as("analyst").get("/engine-rest/task/" + review.path("id").asText() + "/deployed-form").json();
    assertThat(form.path("id").asText()).endsWith("-review").startsWith("po-advance");
    JsonNode variables = delivery.as("analyst")
        .get("/engine-rest/task/" + review.path("id").asText() + "/form-variables").json();
    assertThat(variables.path("advance").path("value").asText()).isEqualTo("50000.00");
    assertThat(variables.path("netAdvance").path("value").asText()).matches("\\d+\\.\\d{2}");

    Api.Response bySubmitter = delivery.complete("rm", review, Map.of("approved", true, "reviewComment", "mine"));
    assertThat(bySubmitter.status()).as(bySubmitter.toString()).isEqualTo(403);
    approve(app, review);

    delivery.awaitStatus(app, "DISBURSED");
    assertThat(delivery.utilised(supplier)).isEqualByComparingTo("50000.00");
    return app;
  }

  private void approve(String app, JsonNode task) {
    Api.Response done = delivery.complete("analyst", task, Map.of("approved", true, "reviewComment",
        "Confirmed order from an established buyer (" + app + ")"));
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }
}
