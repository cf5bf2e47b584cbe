package com.scfengine.financing;

import static com.scfengine.corebanking.Posting.credit;
import static com.scfengine.corebanking.Posting.debit;

import com.scfengine.applications.FinancingApplication;
import com.scfengine.common.PortRequestRejectedException;
import com.scfengine.corebanking.Booking;
import com.scfengine.corebanking.BookingRequest;
import com.scfengine.corebanking.CoreBanking;
import com.scfengine.corebanking.Posting;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books an application's money through the core-banking port exactly once, by the bank's posting rules: which
 * {@link Accounts} each step debits and credits. The idempotency key is the application id and the step
 * ({@code APP-1:DISBURSEMENT}); a retried job — after a timeout, a lost response or a crash between booking and
 * commit — sends the same key, core banking returns the first booking, and the record here is written once. Each
 * step returns false (and books nothing) when it is already recorded. Zero legs are left out; every booking
 * balances.
 */
@Service
public class Bookings {

  private final CoreBanking coreBanking;
  private final DisbursementRepository disbursements;
  private final RepaymentRepository repayments;
  private final Clock clock;

  public Bookings(CoreBanking coreBanking, DisbursementRepository disbursements, RepaymentRepository repayments,
      Clock clock) {
    this.coreBanking = coreBanking;
    this.disbursements = disbursements;
    this.repayments = repayments;
    this.clock = clock;
  }

  /**
   * Pays the net advance to the applicant: the bank's asset grows by the advance, the applicant gets the net,
   * discount interest and service fee are income. Records the net advance as disbursed.
   */
  @Transactional
  public boolean disburse(String applicationId, String applicantId, String currency,
      FinancingApplication.Pricing priced) {
    String key = applicationId + ":DISBURSEMENT";
    if (disbursements.findByIdempotencyKey(key).isPresent()) {
      return false;
    }
    Booking booking = book(key, "DISBURSEMENT", applicationId, currency, List.of(
        debit(Accounts.FINANCED_RECEIVABLES, priced.advance()),
        credit(Accounts.customer(applicantId), priced.netAdvance()),
        credit(Accounts.DISCOUNT_INCOME, priced.discountInterest()),
        credit(Accounts.FEE_INCOME, priced.serviceFee())));
    disbursements.saveAndFlush(new Disbursement(applicationId, key, priced.netAdvance(), currency,
        booking.bookingId(), LocalDate.now(clock)));
    return true;
  }

  /**
   * The counterparty's payment of the face amount arrived in the collections account: the advance is repaid, the
   * reserve (face − advance) goes to the applicant. Recorded as a COLLECTION of the face amount.
   */
  @Transactional
  public boolean collect(String applicationId, String applicantId, String currency, BigDecimal face,
      BigDecimal advance) {
    return collection(applicationId, Accounts.COLLECTIONS, applicantId, currency, face, advance);
  }

  /** As {@link #collect}, the face amount debited from the counterparty's account instead. */
  @Transactional
  public boolean collectByDebit(String applicationId, String counterpartyId, String applicantId, String currency,
      BigDecimal face, BigDecimal advance) {
    return collection(applicationId, Accounts.customer(counterpartyId), applicantId, currency, face, advance);
  }

  /**
   * Reverse factoring at the due date: the core enterprise's account is debited the payable's whole amount and the
   * bank's asset falls by it; nothing goes to or comes from the supplier. Recorded as a COLLECTION (key
   * {@code {application}:COLLECTION}). A refusal of core banking (a 4xx answer: insufficient funds, account blocked) is
   * thrown as {@link PortRequestRejectedException} without spoiling the caller's transaction, so that the process can
   * route it (the core enterprise did not pay); an outage propagates as ever and the job retries.
   */
  @Transactional(noRollbackFor = PortRequestRejectedException.class)
  public boolean debitCoreEnterprise(String applicationId, String coreEnterpriseId, String currency,
      BigDecimal amount) {
    return repay(applicationId, "COLLECTION", currency, amount, List.of(
        debit(Accounts.customer(coreEnterpriseId), amount),
        credit(Accounts.FINANCED_RECEIVABLES, amount)));
  }

  /**
   * The bank as paying agent: a payable nobody financed is paid at its due date to its supplier on the core
   * enterprise's behalf — the core enterprise's account debited, the supplier's credited. One booking per payable,
   * under its own key {@code {payableId}:PAYING-AGENT} (recorded as PAYING_AGENT under the payable's id), so that a
   * retried run never pays a payable twice and a refusal of one leaves the others paid. A refusal of core banking is
   * thrown as {@link PortRequestRejectedException} without spoiling the caller's transaction.
   */
  @Transactional(noRollbackFor = PortRequestRejectedException.class)
  public boolean payAsPayingAgent(String payableId, String coreEnterpriseId, String supplierId, String currency,
      BigDecimal amount) {
    return once(payableId + ":PAYING-AGENT", "PAYING_AGENT", payableId, currency, amount, List.of(
        debit(Accounts.customer(coreEnterpriseId), amount),
        credit(Accounts.customer(supplierId), amount)));
  }

  /** With recourse, the applicant repays the advance of an unpaid receivable. Recorded as RECOURSE. */
  @Transactional
  public boolean repayByRecourse(String applicationId, String applicantId, String currency, BigDecimal advance) {
    return repay(applicationId, "RECOURSE", currency, advance, List.of(
        debit(Accounts.customer(applicantId), advance),
        credit(Accounts.FINANCED_RECEIVABLES, advance)));
  }

  /** Without recourse, the advance becomes the bank's claim on the counterparty. Recorded as CLAIM. */
  @Transactional
  public boolean lodgeClaim(String applicationId, String counterpartyId, String currency, BigDecimal advance) {
    return repay(applicationId, "CLAIM", currency, advance, List.of(
        debit(Accounts.claims(counterpartyId), advance),
        credit(Accounts.FINANCED_RECEIVABLES, advance)));
  }

  /**
   * A loan repaid from the proceeds of another financing just paid to the same customer — a purchase-order loan from
   * the financing of the invoice the order became: the customer's account gives the loan's advance back. Recorded as
   * PROCEEDS, once per loan (key {@code {application}:PROCEEDS}).
   */
  @Transactional
  public boolean repayFromProceeds(String applicationId, String applicantId, String currency, BigDecimal advance) {
    return repay(applicationId, "PROCEEDS", currency, advance, List.of(
        debit(Accounts.customer(applicantId), advance),
        credit(Accounts.FINANCED_RECEIVABLES, advance)));
  }

  /**
   * One instrument of several paid at maturity by the bank that guarantees it: the money arrives in the collections
   * account and the bank's asset falls by the instrument's face. Recorded as MATURITY, once per instrument (key
   * {@code {application}:MATURITY:{position}}).
   */
  @Transactional
  public boolean collectAtMaturity(String applicationId, int position, String currency, BigDecimal face) {
    String key = applicationId + ":MATURITY:" + position;
    if (repayments.findByIdempotencyKey(key).isPresent()) {
      return false;
    }
    Booking booking = book(key, "MATURITY", applicationId, currency, List.of(
        debit(Accounts.COLLECTIONS, face),
        credit(Accounts.FINANCED_RECEIVABLES, face)));
    repayments.saveAndFlush(new Repayment(applicationId, key, "MATURITY", face, currency, booking.bookingId(),
        LocalDate.now(clock)));
    return true;
  }

  /**
   * An instrument dishonoured at maturity: its face becomes the bank's claim on the party that owes it — the
   * guarantor bank, or on a finding of fraud the applicant ({@code from} the guarantor's claim, then). Recorded as
   * CLAIM, once per instrument and party (key {@code {application}:CLAIM:{position}:{party}}).
   */
  @Transactional
  public boolean claimInstrument(String applicationId, int position, String party, String from, String currency,
      BigDecimal face) {
    String key = applicationId + ":CLAIM:" + position + ":" + party;
    if (repayments.findByIdempotencyKey(key).isPresent()) {
      return false;
    }
    Booking booking = book(key, "CLAIM", applicationId, currency, List.of(
        debit(Accounts.claims(party), face),
        credit(from == null ? Accounts.FINANCED_RECEIVABLES : Accounts.claims(from), face)));
    repayments.saveAndFlush(new Repayment(applicationId, key, "CLAIM", face, currency, booking.bookingId(),
        LocalDate.now(clock)));
    return true;
  }

  /**
   * A charge under a letter of credit (issuance commission, amendment fee) debited from the customer's account as
   * fee income. Recorded under {@code kind}, once per step (key {@code {application}:{step}}).
   */
  @Transactional
  public boolean charge(String applicationId, String step, String customerId, String currency, BigDecimal fee) {
    return once(applicationId + ":" + step, "FEE", applicationId, currency, fee, List.of(
        debit(Accounts.customer(customerId), fee),
        credit(Accounts.FEE_INCOME, fee)));
  }

  /** Blocks an applicant's cash margin for a letter of credit (key {@code {application}:CASH-MARGIN}). */
  @Transactional
  public boolean blockMargin(String applicationId, String applicantId, String currency, BigDecimal margin) {
    return once(applicationId + ":CASH-MARGIN", "MARGIN", applicationId, currency, margin, List.of(
        debit(Accounts.customer(applicantId), margin),
        credit(Accounts.cashMargin(applicantId), margin)));
  }

  /** Gives a blocked cash margin back to the applicant when the credit ends (key {@code {application}:CASH-MARGIN-RELEASE}). */
  @Transactional
  public boolean releaseMargin(String applicationId, String applicantId, String currency, BigDecimal margin) {
    return once(applicationId + ":CASH-MARGIN-RELEASE", "MARGIN_RELEASE", applicationId, currency, margin, List.of(
        debit(Accounts.cashMargin(applicantId), margin),
        credit(Accounts.customer(applicantId), margin)));
  }

  /**
   * The issuing bank honours a presentation: the presenting bank is paid the amount less the discrepancy fee, the
   * applicant's account is debited the whole amount — or, with {@code importLoan}, the bank lends it to the applicant.
   * Once per presentation (key {@code {presentation}:HONOUR}).
   */
  @Transactional
  public boolean honour(String applicationId, String presentationId, String applicantId, boolean importLoan,
      String currency, BigDecimal amount, BigDecimal fee) {
    return once(presentationId + ":HONOUR", importLoan ? "IMPORT_LOAN" : "HONOUR", applicationId, currency, amount,
        List.of(
            debit(importLoan ? Accounts.IMPORT_LOANS : Accounts.customer(applicantId), amount),
            credit(Accounts.LC_PAYMENTS, amount.subtract(fee)),
            credit(Accounts.FEE_INCOME, fee)));
  }

  /**
   * A nominated bank negotiates complying documents: it pays the exporter the proceeds now and holds a claim for the
   * amount on the issuing bank; the discount is income. Once per presentation (key {@code {presentation}:NEGOTIATION}).
   */
  @Transactional
  public boolean negotiate(String applicationId, String presentationId, String exporterId, String issuingBankId,
      String currency, BigDecimal amount, BigDecimal discount) {
    return once(presentationId + ":NEGOTIATION", "NEGOTIATION", applicationId, currency, amount, List.of(
        debit(Accounts.claims(issuingBankId), amount),
        credit(Accounts.customer(exporterId), amount.subtract(discount)),
        credit(Accounts.DISCOUNT_INCOME, discount)));
  }

  /**
   * The issuing bank's reimbursement arrived in the collections account: it settles the bank's claim of a negotiated
   * presentation, or is passed on to the exporter of a forwarded one. Once per presentation (key
   * {@code {presentation}:REIMBURSEMENT}).
   */
  @Transactional
  public boolean reimbursed(String applicationId, String presentationId, String exporterId, String issuingBankId,
      boolean negotiated, String currency, BigDecimal amount) {
    return once(presentationId + ":REIMBURSEMENT", "REIMBURSEMENT", applicationId, currency, amount, List.of(
        debit(Accounts.COLLECTIONS, amount),
        credit(negotiated ? Accounts.claims(issuingBankId) : Accounts.customer(exporterId), amount)));
  }

  @Transactional(readOnly = true)
  public List<Disbursement> disbursementsOf(String applicationId) {
    return disbursements.findByApplicationId(applicationId);
  }

  @Transactional(readOnly = true)
  public List<Repayment> repaymentsOf(String applicationId) {
    return repayments.findByApplicationId(applicationId);
  }

  /**
   * Every booking the product recorded — disbursements and money coming back — as keys and booking ids: two
   * statements however many applications there are (reconciliation against the ledger).
   */
  @Transactional(readOnly = true)
  public List<RecordedBooking> recorded() {
    List<RecordedBooking> all = new java.util.ArrayList<>(disbursements.findAllRecorded());
    all.addAll(repayments.findAllRecorded());
    return all;
  }

  private boolean collection(String applicationId, String source, String applicantId, String currency,
      BigDecimal face, BigDecimal advance) {
    return repay(applicationId, "COLLECTION", currency, face, List.of(
        debit(source, face),
        credit(Accounts.FINANCED_RECEIVABLES, advance),
        credit(Accounts.customer(applicantId), face.subtract(advance))));
  }

  /** Books money coming back (COLLECTION, RECOURSE, CLAIM) once, and records the amount under the kind. */
  private boolean repay(String applicationId, String kind, String currency, BigDecimal amount,
      List<Posting> postings) {
    String key = applicationId + ":" + kind;
    if (repayments.findByIdempotencyKey(key).isPresent()) {
      return false;
    }
    Booking booking = book(key, kind, applicationId, currency, postings);
    repayments.saveAndFlush(new Repayment(applicationId, key, kind, amount, currency, booking.bookingId(),
        LocalDate.now(clock)));
    return true;
  }

  /** Books a step once under its own key and records the amount under the kind. */
  private boolean once(String key, String kind, String applicationId, String currency, BigDecimal amount,
      List<Posting> postings) {
    if (repayments.findByIdempotencyKey(key).isPresent()) {
      return false;
    }
    Booking booking = book(key, kind, applicationId, currency, postings);
    repayments.saveAndFlush(new Repayment(applicationId, key, kind, amount, currency, booking.bookingId(),
        LocalDate.now(clock)));
    return true;
  }

  private Booking book(String key, String kind, String reference, String currency, List<Posting> postings) {
    List<Posting> legs = postings.stream().filter(p -> p.amount().signum() > 0).toList();
    return coreBanking.book(new BookingRequest(key, kind, reference, currency, LocalDate.now(clock), legs));
  }
}
