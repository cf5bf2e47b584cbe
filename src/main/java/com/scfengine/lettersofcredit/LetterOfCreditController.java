package com.scfengine.lettersofcredit;

import com.scfengine.common.NotFoundException;
import com.scfengine.money.Money;
import com.scfengine.swift.DocumentaryCredit;
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
  CreditView get(@PathVariable String id) {
    return view(credits.get(id));
  }

  /** The credit of an application, or null when it has none yet. */
  CreditView find(String id) {
    return credits.find(id).map(this::view).orElse(null);
  }

  @GetMapping("/api/letters-of-credit/{id}/messages")
  List<MessageView> messages(@PathVariable String id) {
    return credits.messagesOf(id).stream().map(m -> new MessageView(m.getId(), m.getDirection().name(),
        m.getMessageType(), m.getSubject(), m.getCreatedAt(), m.getFin())).toList();
  }

  @PostMapping("/api/letters-of-credit/{id}/amendments")
  ResponseEntity<AmendmentView> amend(@PathVariable String id, @RequestBody LettersOfCredit.AmendmentRequest body,
      Principal user) {
    LcAmendment amendment = credits.requestAmendment(id, body, user.getName());
    return ResponseEntity.created(URI.create("/api/letters-of-credit/" + id + "/amendments/" + amendment.getNumber()))
        .body(AmendmentView.of(credits.amendment(id, amendment.getNumber()), currency(id)));
  }

  @PostMapping("/api/letters-of-credit/{id}/amendments/{number}/response")
  AmendmentView answer(@PathVariable String id, @PathVariable int number, @RequestBody AmendmentAnswer body) {
    return AmendmentView.of(credits.answerAmendment(id, number, body.accepted(), body.reason()), currency(id));
  }

  @PostMapping("/api/letters-of-credit/{id}/presentations")
  ResponseEntity<PresentationView> present(@PathVariable String id,
      @RequestBody LettersOfCredit.PresentationRequest body) {
    LcPresentation presentation = credits.present(id, body);
    return ResponseEntity.created(URI.create("/api/letters-of-credit/" + id + "/presentations/"
        + presentation.getNumber())).body(PresentationView.of(presentation, currency(id)));
  }

  @GetMapping("/api/letters-of-credit/{id}/presentations/{number}")
  PresentationView presentation(@PathVariable String id, @PathVariable int number) {
    return credits.presentationsOf(id).stream().filter(p -> p.getNumber() == number).findFirst()
        .map(p -> PresentationView.of(p, currency(id)))
        .orElseThrow(() -> new NotFoundException("Letter of credit " + id + " has no presentation " + number));
  }

  @PostMapping("/api/letters-of-credit/{id}/presentations/{number}/reimbursement")
  PresentationView reimburse(@PathVariable String id, @PathVariable int number, @RequestBody Reimbursement body) {
    return PresentationView.of(credits.reimburse(id, number, body.amount()), currency(id));
  }

  @PostMapping(path = "/api/letters-of-credit/incoming", consumes = MediaType.TEXT_PLAIN_VALUE)
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
