package com.scfengine.pofinance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.credit.CreditBureauSimulator;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import com.scfengine.support.FactoringRequests;
import com.scfengine.support.Workflow;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Purchase-order finance through the real entry points only, each step as the demo user whose job it is: the
 * relationship manager submits the order and, later, the factoring of its invoice; trade operations report the
 * buyer's confirmation; the job executor runs, as in production.
 */
@DatabaseTest
class PoFinanceApiTest {

  @LocalServerPort int port;
  @Autowired CreditBureauSimulator bureau;

  private Api as(String user) {
    return Api.on(port).as(user);
  }

  @Test
  void aPurchaseOrderLoanIsFinancedAndRepaidFromTheFactoringOfItsInvoice() {
    assertThat(as("rm").get("/api/products/PO_FINANCE").json().path("processKey").asText()).isEqualTo("po-finance");
    String supplier = Workflow.seller(Api.on(port), bureau, "A", "500000.00");
    String order = "PO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    var submitted = as("rm").post("/api/products/PO_FINANCE/applications", Map.of(
        "applicantId", supplier, "counterpartyId", "CORE-001", "instrumentNumber", order,
        "faceAmount", "80000.00", "requestedAmount", "40000.00", "currency", "USD",
        "issueDate", LocalDate.now().minusDays(1).toString(),
        "expectedInvoiceDate", LocalDate.now().plusDays(40).toString(),
        "dueDate", LocalDate.now().plusDays(90).toString()));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    String po = submitted.json().path("id").asText();
    assertThat(submitted.json().path("product").asText()).isEqualTo("PO_FINANCE");

    JsonNode confirmation = Workflow.awaitTask(Api.on(port), po, "UserTask_ConfirmPurchaseOrder");
    var form = as("ops").get("/engine-rest/task/" + confirmation.path("id").asText() + "/deployed-form");
    assertThat(form.json().path("id").asText()).isEqualTo("po-confirmation");
    var confirmed = as("ops").post("/api/applications/" + po + "/buyer-confirmation",
        Map.of("confirmed", true, "comment", "confirmed by the buyer's purchasing"));
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    Workflow.awaitStatus(Api.on(port), po, "DISBURSED");

    Map<String, Object> invoice = new HashMap<>(FactoringRequests.invoice(supplier, "CORE-001", "80000.00", "50000.00"));
    invoice.put("poReference", order);
    var factoring = as("rm").post("/api/products/FACTORING/applications", invoice);
    assertThat(factoring.status()).as(factoring.toString()).isEqualTo(201);
    String invoiceApp = factoring.json().path("id").asText();

    Workflow.awaitStatus(Api.on(port), invoiceApp, "DISBURSED");
    Workflow.awaitStatus(Api.on(port), po, "SETTLED");
    JsonNode loan = as("rm").get("/api/applications/" + po).json();
    assertThat(loan.path("decision").asText()).isEqualTo("REPAID_FROM_INVOICE");
    assertThat(loan.path("reason").asText()).contains(invoiceApp);
  }
}
