package com.scfengine.financing;

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
 * Books money through the core-banking port exactly once. The idempotency key is the application id and
 * the step ({@code APP-1:DISBURSEMENT}); a retried job — after a timeout, a lost response or a crash
 * between booking and commit — sends the same key, core banking returns the first booking, and the record
 * here is written once. Zero legs are left out; every booking balances.
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

  /** Pays out; returns false (books nothing) when this application's disbursement is already recorded. */
  @Transactional
  public boolean disburse(String applicationId, String currency, BigDecimal amount, List<Posting> postings) {
    String key = applicationId + ":DISBURSEMENT";
    if (disbursements.findByIdempotencyKey(key).isPresent()) {
      return false;
    }
    Booking booking = book(key, "DISBURSEMENT", applicationId, currency, postings);
    disbursements.saveAndFlush(new Disbursement(applicationId, key, amount, currency, booking.bookingId(),
        LocalDate.now(clock)));
    return true;
  }

  /** Books money coming back (COLLECTION, RECOURSE, CLAIM); false when already recorded. */
  @Transactional
  public boolean repay(String applicationId, String kind, String currency, BigDecimal amount, List<Posting> postings) {
    String key = applicationId + ":" + kind;
    if (repayments.findByIdempotencyKey(key).isPresent()) {
      return false;
    }
    Booking booking = book(key, kind, applicationId, currency, postings);
    repayments.saveAndFlush(new Repayment(applicationId, key, kind, amount, currency, booking.bookingId(),
        LocalDate.now(clock)));
    return true;
  }

  @Transactional(readOnly = true)
  public List<Disbursement> disbursementsOf(String applicationId) {
    return disbursements.findByApplicationId(applicationId);
  }

  @Transactional(readOnly = true)
  public List<Repayment> repaymentsOf(String applicationId) {
    return repayments.findByApplicationId(applicationId);
  }

  private Booking book(String key, String kind, String reference, String currency, List<Posting> postings) {
    List<Posting> legs = postings.stream().filter(p -> p.amount().signum() > 0).toList();
    return coreBanking.book(new BookingRequest(key, kind, reference, currency, LocalDate.now(clock), legs));
  }
}
