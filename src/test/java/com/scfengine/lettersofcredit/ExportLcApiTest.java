package com.scfengine.lettersofcredit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import com.scfengine.swift.DocumentaryCredit;
import com.scfengine.swift.SwiftMessages;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Incoming MT700s over HTTP as the demo users: trade operations post the FIN text, the credit opens as an advising
 * case and every field of the message shows in the credit's view; a message broken in any way the SWIFT rules know
 * is refused naming the field's tag; the same credit twice is a conflict; a beneficiary that is not the bank's
 * customer is refused; only trade operations (and administrators) post. Each test has its own exporter and issuing
 * bank. On H2 and, under {@code -Pmysql}, on MySQL.
 */
@DatabaseTest
class ExportLcApiTest {

  private static final String INCOMING = "/api/letters-of-credit/incoming";

  @LocalServerPort int port;
  @Autowired Enterprises enterprises;

  private String exporter;
  private String exporterName;
  private String issuingBic;

  @BeforeEach
  void parties() {
    String suffix = ExportLcFixtures.suffix();
    exporter = "EXP-" + suffix;
    exporterName = "KOWLOON LINEN EXPORT " + suffix + " LTD";
    issuingBic = ExportLcFixtures.newBic("TR");
    enterprises.register(new Enterprises.Registration(exporter, exporterName, "HK", "SME", "BBB", "0.01"));
    enterprises.register(new Enterprises.Registration("IBK-" + suffix, "Issuing Bank " + suffix, "TR", "BANK", "A",
        "0.003", issuingBic));
  }

  @Test
  void anIncomingMt700OpensAnAdvisingCaseAndEveryFieldShowsInTheView() {
    String number = "TR" + ExportLcFixtures.suffix() + "0417";
    DocumentaryCredit sent = ExportLcFixtures.credit(issuingBic, number, exporterName, "USD", "40000.00", "MAY ADD",
        "BY ACCEPTANCE", "AT 90 DAYS AFTER SIGHT");
    var created = incoming(as("ops"), ExportLcFixtures.fin(sent));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().path("id").asText();
    assertThat(created.location()).endsWith("/api/letters-of-credit/" + id);

    JsonNode view = as("rm").get("/api/letters-of-credit/" + id).json();
    LocalDate today = LocalDate.now();
    assertThat(view.path("id").asText()).isEqualTo(id);
    assertThat(view.path("product").asText()).isEqualTo("EXPORT_LC");
    assertThat(view.path("side").asText()).isEqualTo("NOMINATED");
    assertThat(view.path("status").asText()).isEqualTo("RECEIVED");
    assertThat(view.path("creditNumber").asText()).isEqualTo(number);
    assertThat(view.path("issuingBankBic").asText()).startsWith(issuingBic.substring(0, 8));
    assertThat(view.path("advisingBankBic").asText()).startsWith("SCFBHKHH");
    assertThat(view.path("applicantId").asText()).as("the bank's customer, the beneficiary").isEqualTo(exporter);
    assertThat(view.path("applicant").asText())
        .isEqualTo("ANATOLIA HOME TEXTILES A.S.\nORGANIZE SANAYI BOLGESI 4. CADDE 12\nBURSA, TURKIYE");
    assertThat(view.path("beneficiary").asText())
        .isEqualTo(exporterName + "\nUNIT 1203, 88 HOI BUN ROAD\nKWUN TONG, KOWLOON, HONG KONG");
    assertThat(view.path("beneficiaryCountry").asText()).isEqualTo("HK");
    assertThat(view.path("beneficiaryAccount").asText()).isEqualTo("012-345678-001");
    assertThat(view.path("currency").asText()).isEqualTo("USD");
    assertThat(view.path("amount").decimalValue()).isEqualByComparingTo("40000.00");
    assertThat(view.path("tolerancePlus").asInt()).isEqualTo(5);
    assertThat(view.path("toleranceMinus").asInt()).isEqualTo(5);
    assertThat(view.path("maximum").decimalValue()).isEqualByComparingTo("42000.00");
    assertThat(view.path("available").decimalValue()).isEqualByComparingTo("42000.00");
    assertThat(view.path("issueDate").asText()).isEqualTo(today.minusDays(3).toString());
    assertThat(view.path("expiryDate").asText()).isEqualTo(today.plusDays(90).toString());
    assertThat(view.path("expiryPlace").asText()).isEqualTo("HONG KONG");
    assertThat(view.path("latestShipmentDate").asText()).isEqualTo(today.plusDays(60).toString());
    assertThat(view.path("presentationDays").asInt()).isEqualTo(21);
    assertThat(LocalDate.parse(view.path("lastPresentationDate").asText()))
        .as("shipment + 21 days, or the next banking day").isBetween(today.plusDays(81), today.plusDays(85));
    assertThat(view.path("availableBy").asText()).isEqualTo("ACCEPTANCE");
    assertThat(view.path("tenorDays").asInt()).as("from 42C").isEqualTo(90);
    assertThat(view.path("partialShipments").asText()).isEqualTo("ALLOWED");
    assertThat(view.path("transhipment").asText()).isEqualTo("NOT_ALLOWED");
    assertThat(view.path("portOfLoading").asText()).isEqualTo("HONG KONG PORT");
    assertThat(view.path("portOfDischarge").asText()).isEqualTo("MERSIN PORT, TURKIYE");
    assertThat(view.path("goods").asText()).isEqualTo("+COTTON BED LINEN SETS, 12000 SETS\n+FOB HONG KONG INCOTERMS 2020");
    assertThat(texts(view.path("documentsRequired"))).containsExactly("+SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS",
        "+FULL SET CLEAN ON BOARD OCEAN BILLS OF LADING MADE OUT TO ORDER", "+PACKING LIST IN 2 COPIES");
    assertThat(texts(view.path("additionalConditions"))).containsExactly("+ALL DOCUMENTS MUST INDICATE THIS CREDIT NUMBER");
    assertThat(view.path("confirmation").asText()).isEqualTo("MAY_ADD");
    assertThat(view.path("confirmed").asBoolean()).isFalse();
    assertThat(view.path("drawn").decimalValue()).isZero();
    assertThat(view.path("presentations")).isEmpty();

    // the message as received, read back field by field
    JsonNode received = view.path("received");
    assertThat(received.path("creditNumber").asText()).isEqualTo(number);
    assertThat(received.path("formOfCredit").asText()).isEqualTo("IRREVOCABLE");
    assertThat(received.path("applicableRules").asText()).isEqualTo("UCP LATEST VERSION");
    assertThat(received.path("issueDate").asText()).isEqualTo(today.minusDays(3).toString());
    assertThat(received.path("expiryDate").asText()).isEqualTo(today.plusDays(90).toString());
    assertThat(received.path("expiryPlace").asText()).isEqualTo("HONG KONG");
    assertThat(received.path("amount").decimalValue()).isEqualByComparingTo("40000.00");
    assertThat(received.path("availableWith").asText()).startsWith("SCFBHKHH");
    assertThat(received.path("availableBy").asText()).isEqualTo("BY ACCEPTANCE");
    assertThat(received.path("draftsAt").asText()).isEqualTo("AT 90 DAYS AFTER SIGHT");
    assertThat(received.path("drawee").asText()).startsWith(issuingBic.substring(0, 8));
    assertThat(received.path("partialShipments").asText()).isEqualTo("ALLOWED");
    assertThat(received.path("transhipment").asText()).isEqualTo("NOT ALLOWED");
    assertThat(received.path("latestShipmentDate").asText()).isEqualTo(today.plusDays(60).toString());
    assertThat(received.path("documentsRequired").asText()).isEqualTo(sent.documentsRequired());
    assertThat(received.path("additionalConditions").asText()).isEqualTo(sent.additionalConditions());
    assertThat(received.path("charges").asText())
        .isEqualTo("ALL BANKING CHARGES OUTSIDE TURKIYE\nARE FOR ACCOUNT OF BENEFICIARY");
    assertThat(received.path("presentationDays").asInt()).isEqualTo(21);
    assertThat(received.path("presentationNarrative").asText()).isEqualTo("AFTER THE DATE OF SHIPMENT");
    assertThat(received.path("confirmation").asText()).isEqualTo("MAY ADD");
    assertThat(received.path("instructionsToBank").asText()).isEqualTo("PLEASE CLAIM REIMBURSEMENT FROM US BY MT742");

    JsonNode messages = as("ops").get("/api/letters-of-credit/" + id + "/messages").json();
    assertThat(messages).singleElement().satisfies(m -> {
      assertThat(m.path("direction").asText()).isEqualTo("IN");
      assertThat(m.path("messageType").asText()).isEqualTo("700");
      assertThat(m.path("fin").asText()).contains(":20:" + number);
    });
  }

  @Test
  void aBrokenMessageIsRefusedNamingTheFieldTag() {
    String number = "TR" + ExportLcFixtures.suffix();
    String fin = ExportLcFixtures.fin(ExportLcFixtures.credit(issuingBic, number, exporterName, "USD", "40000.00",
        "CONFIRM"));
    Map<String, String> broken = new LinkedHashMap<>();
    broken.put("32B", remove(fin, "32B"));                                           // a mandatory field missing
    broken.put("20", replace(fin, "20", "TR1234567890123456"));                      // 18 characters, 16 allowed
    broken.put("50", replace(fin, "50", "ANATOLIA HOME & TEXTILES A.S."));           // '&' is not in the X set
    broken.put("42A", replace(fin, "42A", "TR12ISXX"));                               // not a BIC
    broken.put("31C", replace(fin, "31C", "261345"));                                 // month 13
    broken.put("44C", replace(fin, "44C", LocalDate.now().plusYears(1).getYear() % 100 + "0230")); // 30 February
    broken.put("31D", replace(fin, "31D", "HONG KONG"));                              // no date at all
    broken.put("39A", replace(fin, "39A", "105/05"));                                 // 3 digits, 2 allowed
    broken.put("49", replace(fin, "49", "PERHAPS"));                                  // not a code of 49
    broken.put("message", "THIS IS NOT A FIN MESSAGE");
    for (var example : broken.entrySet()) {
      assertThat(example.getValue()).as(example.getKey() + " changed the message").isNotEqualTo(fin);
      var refused = incoming(as("ops"), example.getValue());
      assertThat(refused.status()).as(example.getKey() + ": " + refused).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(fields(refused.json())).as(example.getKey() + ": " + refused.body()).contains(example.getKey());
    }
    assertThat(incoming(as("ops"), fin).status()).as("the message unbroken").isEqualTo(201);
  }

  @Test
  void aMessageForAnotherBankIsRefused() {
    String fin = ExportLcFixtures.fin(ExportLcFixtures.credit(issuingBic, "TR" + ExportLcFixtures.suffix(),
        exporterName, "USD", "40000.00", "WITHOUT"));
    String elsewhere = fin.replace("{2:I700SCFBHKHH", "{2:I700COBADEHH");
    assertThat(elsewhere).isNotEqualTo(fin);
    var refused = incoming(as("ops"), elsewhere);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(fields(refused.json())).contains("receiver");
  }

  @Test
  void theSameCreditFromTheSameBankTwiceIsAConflict() {
    String number = "TR" + ExportLcFixtures.suffix();
    String fin = ExportLcFixtures.fin(ExportLcFixtures.credit(issuingBic, number, exporterName, "USD", "40000.00",
        "WITHOUT"));
    assertThat(incoming(as("ops"), fin).status()).isEqualTo(201);
    var again = incoming(as("ops"), fin);
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(again.body()).contains(number);

    // the same number from another bank is another credit
    String otherBank = ExportLcFixtures.newBic("AE");
    var other = incoming(as("ops"), ExportLcFixtures.fin(ExportLcFixtures.credit(otherBank, number, exporterName,
        "USD", "40000.00", "WITHOUT")));
    assertThat(other.status()).as(other.toString()).isEqualTo(201);
  }

  @Test
  void aBeneficiaryThatIsNotACustomerIsRefusedNaming59() {
    String fin = ExportLcFixtures.fin(ExportLcFixtures.credit(issuingBic, "TR" + ExportLcFixtures.suffix(),
        "NOBODY WE KNOW " + ExportLcFixtures.suffix() + " LTD", "USD", "40000.00", "WITHOUT"));
    var refused = incoming(as("ops"), fin);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(fields(refused.json())).containsExactly("59");

    // a registered enterprise of that name that is not an SME is no beneficiary either
    String bankName = "HARBOUR MERCHANT BANK " + ExportLcFixtures.suffix();
    enterprises.register(new Enterprises.Registration("BNK-" + ExportLcFixtures.suffix(), bankName, "HK", "BANK",
        "A", "0.003"));
    var aBank = incoming(as("ops"), ExportLcFixtures.fin(ExportLcFixtures.credit(issuingBic,
        "TR" + ExportLcFixtures.suffix(), bankName, "USD", "40000.00", "WITHOUT")));
    assertThat(aBank.status()).as(aBank.toString()).isEqualTo(400);
    assertThat(fields(aBank.json())).containsExactly("59");
  }

  @Test
  void onlyTradeOperationsPostIncomingCredits() {
    String fin = ExportLcFixtures.fin(ExportLcFixtures.credit(issuingBic, "TR" + ExportLcFixtures.suffix(),
        exporterName, "USD", "40000.00", "WITHOUT"));
    assertThat(incoming(as("rm"), fin).status()).isEqualTo(403);
    assertThat(incoming(as("analyst"), fin).status()).isEqualTo(403);
    assertThat(incoming(as("treasury"), fin).status()).isEqualTo(403);
    assertThat(incoming(Api.on(port), fin).status()).isEqualTo(401);
    assertThat(incoming(as("admin"), fin).status()).as("nothing was written by the refused calls").isEqualTo(201);
  }

  @Test
  void presentationsAreForTradeOperationsAndReimbursementsAlsoForTreasury() {
    var created = incoming(as("ops"), ExportLcFixtures.fin(ExportLcFixtures.credit(issuingBic,
        "TR" + ExportLcFixtures.suffix(), exporterName, "USD", "40000.00", "WITHOUT")));
    String id = created.json().path("id").asText();
    Map<String, Object> presentation = Map.of("presentedOn", LocalDate.now().toString(),
        "documents", List.of(Map.of("type", "COMMERCIAL_INVOICE", "originals", 3, "copies", 0)),
        "invoiceAmount", "1000.00", "shipmentDate", LocalDate.now().minusDays(1).toString());
    assertThat(as("rm").post("/api/letters-of-credit/" + id + "/presentations", presentation).status())
        .isEqualTo(403);
    assertThat(as("treasury").post("/api/letters-of-credit/" + id + "/presentations", presentation).status())
        .isEqualTo(403);
    var notYet = as("ops").post("/api/letters-of-credit/" + id + "/presentations", presentation);
    assertThat(notYet.status()).as("the credit is not advised yet: " + notYet).isEqualTo(409);
    assertThat(as("ops").get("/api/letters-of-credit/" + id).json().path("presentations")).isEmpty();

    assertThat(as("rm").post("/api/letters-of-credit/" + id + "/presentations/1/reimbursement",
        Map.of("amount", "1000.00")).status()).isEqualTo(403);
    assertThat(as("treasury").post("/api/letters-of-credit/" + id + "/presentations/1/reimbursement",
        Map.of("amount", "1000.00")).status()).as("allowed, but there is no presentation 1").isEqualTo(404);
  }

  @Test
  void aCreditTooLongForOneMessageArrivesWithItsMt701ContinuationAndIsReadWhole() {
    DocumentaryCredit base = ExportLcFixtures.credit(issuingBic, "TR" + ExportLcFixtures.suffix(), exporterName, "USD",
        "40000.00", "WITHOUT");
    StringBuilder goods = new StringBuilder();
    for (int line = 1; line <= 140; line++) {
      goods.append(line == 1 ? "" : "\n").append("+ITEM ").append(line).append(" COTTON BED LINEN SET, 100 SETS");
    }
    DocumentaryCredit longCredit = new DocumentaryCredit(base.senderBic(), base.receiverBic(), base.creditNumber(),
        base.issueDate(), base.formOfCredit(), base.applicableRules(), base.expiryDate(), base.expiryPlace(),
        base.applicant(), base.beneficiaryAccount(), base.beneficiary(), base.currency(), base.amount(),
        base.tolerancePlus(), base.toleranceMinus(), base.availableWith(), base.availableBy(), base.draftsAt(),
        base.drawee(), base.deferredPaymentDetails(), base.partialShipments(), base.transhipment(),
        base.placeOfTakingInCharge(), base.portOfLoading(), base.portOfDischarge(), base.placeOfFinalDestination(),
        base.latestShipmentDate(), goods.toString(), base.documentsRequired(), base.additionalConditions(),
        base.charges(), base.presentationDays(), base.presentationNarrative(), base.confirmation(),
        base.instructionsToBank(), base.senderToReceiver());
    List<String> fins = new SwiftMessages().issue(longCredit);
    assertThat(fins).as("an MT700 and its MT701").hasSize(2);

    var created = incoming(as("ops"), String.join("\r\n", fins));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().path("id").asText();
    JsonNode view = as("ops").get("/api/letters-of-credit/" + id).json();
    assertThat(view.path("goods").asText().lines().count()).isEqualTo(140);
    assertThat(view.path("goods").asText()).endsWith("+ITEM 140 COTTON BED LINEN SET, 100 SETS");
    JsonNode messages = as("ops").get("/api/letters-of-credit/" + id + "/messages").json();
    List<String> types = new ArrayList<>();
    messages.forEach(message -> types.add(message.path("direction").asText() + " "
        + message.path("messageType").asText()));
    assertThat(types).containsExactly("IN 700", "IN 701");
  }

  // ---------------------------------------------------------------- helpers

  private Api as(String user) {
    return Api.on(port).as(user);
  }

  private static Api.Response incoming(Api api, String fin) {
    return api.send(api.request(INCOMING).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(fin)));
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(e -> texts.add(e.asText()));
    return texts;
  }

  /** The FIN text with the first line of field {@code tag} replaced. */
  private static String replace(String fin, String tag, String value) {
    Matcher field = Pattern.compile("\r\n:" + Pattern.quote(tag) + ":[^\r]*").matcher(fin);
    assertThat(field.find()).as("the message has " + tag).isTrue();
    return fin.substring(0, field.start()) + "\r\n:" + tag + ":" + value + fin.substring(field.end());
  }

  /** The FIN text without field {@code tag} (a one-line field). */
  private static String remove(String fin, String tag) {
    Matcher field = Pattern.compile("\r\n:" + Pattern.quote(tag) + ":[^\r]*").matcher(fin);
    assertThat(field.find()).as("the message has " + tag).isTrue();
    return fin.substring(0, field.start()) + fin.substring(field.end());
  }
}
