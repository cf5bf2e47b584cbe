package com.scfengine.lettersofcredit;

import com.scfengine.common.NotFoundException;
import com.scfengine.money.Money;
import com.scfengine.swift.DocumentaryCredit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/letters-of-credit}: a credit by its application's id, its SWIFT messages, amendments and their answers,
 * presentations of documents and their reimbursement, and incoming MT700s.
 */
@RestController
@Tag(name = "Letters of credit", description = "Import and export letters of credit under UCP 600")
class LetterOfCreditController {

  private final LettersOfCredit credits;
  private final IncomingCredits incoming;

  LetterOfCreditController(LettersOfCredit credits, IncomingCredits incoming) {
    this.credits = credits;
    this.incoming = incoming;
  }

  record AmendmentView(int number, String status, BigDecimal amountIncrease, BigDecimal amountDecrease,
      LocalDate newExpiryDate, LocalDate newLatestShipmentDate, String narrative, String reason, String requestedBy,
      Instant requestedAt, Instant answeredAt) {

    static AmendmentView of(LcAmendment a, String currency) {
      return new AmendmentView(a.getNumber(), a.getStatus().name(), money(a.getAmountIncrease(), currency),
          money(a.getAmountDecrease(), currency),
          a.getNewExpiryDate(), a.getNewLatestShipmentDate(), a.getNarrative(), a.getReason(), a.getRequestedBy(),
          a.getRequestedAt(), a.getAnsweredAt());
    }
  }

  record PresentationView(String id, int number, LocalDate presentedOn, LocalDate examinationDeadline,
      LocalDate lastPresentationDate, LocalDate shipmentDate, BigDecimal invoiceAmount, List<String> documents,
      List<String> findings, String status, BigDecimal discrepancyFee, BigDecimal paidAmount, LocalDate maturityDate,
      String settlement, boolean negotiated) {

    static PresentationView of(LcPresentation p, String currency) {
      return new PresentationView(p.getId(), p.getNumber(), p.getPresentedOn(), p.getExaminationDeadline(),
          p.getLastPresentationDate(), p.getShipmentDate(), money(p.getInvoiceAmount(), currency),
          List.of(p.getDocuments().split("\n")), p.findingList(), p.getStatus().name(),
          money(p.getDiscrepancyFee(), currency), money(p.getPaidAmount(), currency), p.getMaturityDate(),
          p.getSettlement(), p.isNegotiated());
    }
  }

  record CreditView(String id, String product, String side, String creditNumber, String status,
      String issuingBankBic, String advisingBankBic, String applicantId, String applicant, String beneficiary,
      String beneficiaryCountry, String beneficiaryAccount, String currency, BigDecimal amount, int tolerancePlus,
      int toleranceMinus, BigDecimal maximum, BigDecimal drawn, BigDecimal available, LocalDate issueDate,
      LocalDate expiryDate, String expiryPlace, LocalDate latestShipmentDate, int presentationDays,
      LocalDate lastPresentationDate, String availableBy, Integer tenorDays, String partialShipments,
      String transhipment, String portOfLoading, String portOfDischarge, String goods, List<String> documentsRequired,
      List<String> additionalConditions, String confirmation, boolean confirmed, BigDecimal cashMargin,
      List<AmendmentView> amendments, List<PresentationView> presentations, DocumentaryCredit received) {}

  record MessageView(String id, String direction, String messageType, String subject, Instant createdAt, String fin) {}

  record AmendmentAnswer(Boolean accepted, String reason) {}

  record Reimbursement(String amount) {}

  @GetMapping("/api/letters-of-credit/{id}")
  @Operation(summary = "A letter of credit", description = "Every term, the last presentation date, the available "
      + "balance, its amendments and presentations; the id is its application's.")
  CreditView get(@PathVariable String id) {
    return view(credits.get(id));
  }

  /** The credit of an application, or null when it has none yet. */
  CreditView find(String id) {
    return credits.find(id).map(this::view).orElse(null);
  }

  @GetMapping("/api/letters-of-credit/{id}/messages")
  @Operation(summary = "A letter of credit's SWIFT messages", description = "Sent and received, oldest first, each as "
      + "FIN text.")
  List<MessageView> messages(@PathVariable String id) {
    return credits.messagesOf(id).stream().map(m -> new MessageView(m.getId(), m.getDirection().name(),
        m.getMessageType(), m.getSubject(), m.getCreatedAt(), m.getFin())).toList();
  }

  @PostMapping("/api/letters-of-credit/{id}/amendments")
  @Operation(summary = "Amend an issued credit", description = """
      Sent as an MT707 once decided (an increase is decided like a new credit); the credit changes when the \
      beneficiary accepts. One amendment at a time.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "Longer and larger", value = """
          { "amountIncrease": "5000.00", "newExpiryDate": "{{today+90}}",
            "narrative": "PARTIAL SHIPMENTS ALLOWED" }"""))),
      responses = {@ApiResponse(responseCode = "201", description = "The amendment, with `Location`"),
          @ApiResponse(responseCode = "409", description = "The credit is not issued by this bank, not live, or an "
              + "amendment is still pending")})
  ResponseEntity<AmendmentView> amend(@PathVariable String id, @RequestBody LettersOfCredit.AmendmentRequest body,
      Principal user) {
    LcAmendment amendment = credits.requestAmendment(id, body, user.getName());
    return ResponseEntity.created(URI.create("/api/letters-of-credit/" + id + "/amendments/" + amendment.getNumber()))
        .body(AmendmentView.of(credits.amendment(id, amendment.getNumber()), currency(id)));
  }

  @PostMapping("/api/letters-of-credit/{id}/amendments/{number}/response")
  @Operation(summary = "Record the beneficiary's answer to an amendment", description = """
      `accepted: false` with a `reason` leaves the credit as it was.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "Accepted", value = """
          { "accepted": true }"""))),
      responses = {@ApiResponse(responseCode = "200", description = "The amendment, answered"),
          @ApiResponse(responseCode = "409", description = "The amendment is not waiting for an answer")})
  AmendmentView answer(@PathVariable String id, @PathVariable int number, @RequestBody AmendmentAnswer body) {
    return AmendmentView.of(credits.answerAmendment(id, number, body.accepted(), body.reason()), currency(id));
  }

  @PostMapping("/api/letters-of-credit/{id}/presentations")
  @Operation(summary = "Present documents", description = """
      Documents presented under a live credit: recorded with their examination deadline (the fifth banking day \
      following, UCP 600 Art. 14(b)) and the first pass's findings, then examined.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "Invoice, bills of lading, packing list",
          value = """
          { "presentedOn": "{{today}}", "invoiceAmount": "20000.00", "shipmentDate": "{{today}}",
            "documents": [ { "type": "COMMERCIAL_INVOICE", "originals": 3, "copies": 1 },
                           { "type": "BILL_OF_LADING", "originals": 3, "copies": 0 },
                           { "type": "PACKING_LIST", "originals": 2, "copies": 0 } ] }"""))),
      responses = {@ApiResponse(responseCode = "201", description = "The presentation with its deadline and findings"),
          @ApiResponse(responseCode = "409", description = "The credit is not live, or fully drawn")})
  ResponseEntity<PresentationView> present(@PathVariable String id,
      @RequestBody LettersOfCredit.PresentationRequest body) {
    LcPresentation presentation = credits.present(id, body);
    return ResponseEntity.created(URI.create("/api/letters-of-credit/" + id + "/presentations/"
        + presentation.getNumber())).body(PresentationView.of(presentation, currency(id)));
  }

  @GetMapping("/api/letters-of-credit/{id}/presentations/{number}")
  @Operation(summary = "A presentation", description = "Its documents, examination deadline, findings and settlement.")
  PresentationView presentation(@PathVariable String id, @PathVariable int number) {
    return credits.presentationsOf(id).stream().filter(p -> p.getNumber() == number).findFirst()
        .map(p -> PresentationView.of(p, currency(id)))
        .orElseThrow(() -> new NotFoundException("Letter of credit " + id + " has no presentation " + number));
  }

  @PostMapping("/api/letters-of-credit/{id}/presentations/{number}/reimbursement")
  @Operation(summary = "Record the issuing bank's reimbursement", description = """
      The issuing bank reimbursed a presentation this bank negotiated or paid under an export credit.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "Reimbursed", value = """
          { "amount": "20000.00" }"""))),
      responses = {@ApiResponse(responseCode = "200", description = "The presentation, reimbursed"),
          @ApiResponse(responseCode = "409", description = "The presentation is not waiting for it")})
  PresentationView reimburse(@PathVariable String id, @PathVariable int number, @RequestBody Reimbursement body) {
    return PresentationView.of(credits.reimburse(id, number, body.amount()), currency(id));
  }

  @PostMapping(path = "/api/letters-of-credit/incoming", consumes = MediaType.TEXT_PLAIN_VALUE)
  @Operation(summary = "Receive an MT700", description = """
      An issuing bank's MT700 (with its MT701s) as FIN text opens an export credit to advise: the beneficiary is a \
      registered SME named in field 59.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "text/plain", examples = @ExampleObject(name = "MT700 from BANK-003 for SME-001", value = """
          {1:F01ATBKTRISAXXX0000000000}{2:I700SCFBHKHHXXXXN}{4:
          :27:1/1
          :40A:IRREVOCABLE
          :20:TR26LC0417
          :31C:{{today-3|yyMMdd}}
          :40E:UCP LATEST VERSION
          :31D:{{today+90|yyMMdd}}HONG KONG
          :50:ANATOLIA HOME TEXTILES A.S.
          ORGANIZE SANAYI BOLGESI 4. CADDE 12
          BURSA, TURKIYE
          :59:/012-345678-001
          SHENZHEN BRIGHT TEXTILES CO., LTD.
          UNIT 1203, 88 HOI BUN ROAD
          KWUN TONG, KOWLOON, HONG KONG
          :32B:USD40000,
          :39A:5/5
          :41A:SCFBHKHHXXX
          BY NEGOTIATION
          :42C:AT SIGHT
          :42A:ATBKTRISXXX
          :43P:ALLOWED
          :43T:NOT ALLOWED
          :44E:HONG KONG PORT
          :44F:MERSIN PORT, TURKIYE
          :44C:{{today+60|yyMMdd}}
          :45A:+COTTON BED LINEN SETS, 12000 SETS
          +FOB HONG KONG INCOTERMS 2020
          :46A:+SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS
          +FULL SET CLEAN ON BOARD OCEAN BILLS OF LADING MADE OUT TO ORDER
          +PACKING LIST IN 2 COPIES
          :47A:+ALL DOCUMENTS MUST INDICATE THIS CREDIT NUMBER
          :71D:ALL BANKING CHARGES OUTSIDE TURKIYE
          ARE FOR ACCOUNT OF BENEFICIARY
          :48:21/AFTER THE DATE OF SHIPMENT
          :49:WITHOUT
          :78:PLEASE CLAIM REIMBURSEMENT FROM US BY MT742
          -}"""))),
      responses = {@ApiResponse(responseCode = "201", description = "The export credit, with `Location`"),
          @ApiResponse(responseCode = "409", description = "The issuing bank's credit was received before")})
  ResponseEntity<CreditView> receive(@RequestBody String fin, Principal user) {
    String id = incoming.receive(fin, user.getName());
    return ResponseEntity.created(URI.create("/api/letters-of-credit/" + id)).body(get(id));
  }

  private CreditView view(LetterOfCredit c) {
    return new CreditView(c.getId(), c.getProduct(), c.getSide().name(), c.getCreditNumber(), c.getStatus().name(),
        c.getIssuingBankBic(), c.getAdvisingBankBic(), c.getApplicantId(), c.getApplicant(), c.getBeneficiary(),
        c.getBeneficiaryCountry(), c.getBeneficiaryAccount(), c.getCurrency(), money(c.getAmount(), c.getCurrency()),
        c.getTolerancePlus(),
        c.getToleranceMinus(), c.maximum(), c.getDrawn(), c.available(), c.getIssueDate(), c.getExpiryDate(),
        c.getExpiryPlace(), c.getLatestShipmentDate(), c.getPresentationDays(), credits.lastPresentationDate(c),
        c.getAvailableBy().name(), c.getTenorDays(), c.getPartialShipments().name(), c.getTranshipment().name(),
        c.getPortOfLoading(), c.getPortOfDischarge(), c.getGoods(), lines(c.getDocumentsRequired()),
        lines(c.getAdditionalConditions()), c.getConfirmation().name(), c.isConfirmed(),
        money(c.getCashMargin(), c.getCurrency()),
        credits.amendmentsOf(c.getId()).stream().map(a -> AmendmentView.of(a, c.getCurrency())).toList(),
        credits.presentationsOf(c.getId()).stream().map(p -> PresentationView.of(p, c.getCurrency())).toList(),
        c.getSide() == LetterOfCredit.Side.NOMINATED ? credits.received(c.getId()).orElse(null) : null);
  }

  private String currency(String id) {
    return credits.get(id).getCurrency();
  }

  /** An amount as the API shows it: at its currency's scale (the records keep four decimals). */
  static BigDecimal money(BigDecimal amount, String currency) {
    return amount == null ? null : Money.of(amount, currency);
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : List.of(text.split("\n"));
  }
}
