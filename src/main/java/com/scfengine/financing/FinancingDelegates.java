package com.scfengine.financing;

import static com.scfengine.corebanking.Posting.credit;
import static com.scfengine.corebanking.Posting.debit;

import com.scfengine.applications.ApplicationStatus;
import com.scfengine.applications.FinancingApplication;
import com.scfengine.applications.Applications;
import com.scfengine.limits.Limits;
import com.scfengine.process.Vars;
import com.scfengine.registry.ReceivableRegistry;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The money building blocks. Each runs after an async continuation (the model marks it), books once
 * through {@link Bookings}, and moves limits, registry and status in the same transaction as the engine.
 * A core-banking outage propagates: the job retries, then raises an incident in Cockpit.
 */
@Configuration
class FinancingDelegates {

  private final Bookings bookings;
  private final Limits limits;
  private final ReceivableRegistry registry;
  private final Applications applications;

  FinancingDelegates(Bookings bookings, Limits limits, ReceivableRegistry registry, Applications applications) {
    this.bookings = bookings;
    this.limits = limits;
    this.registry = registry;
    this.applications = applications;
  }

  /**
   * The figures the pricing step computed, as the application's record keeps them — never as a process variable a
   * person might have touched. An application priced before the record kept them reads the variables.
   */
  private FinancingApplication.Pricing pricing(DelegateExecution run) {
    String id = Vars.applicationId(run);
    return applications.get(id).getPricing().orElseGet(() -> new FinancingApplication.Pricing(
        Vars.amount(run, Vars.ADVANCE), Vars.amount(run, Vars.DISCOUNT_INTEREST), Vars.amount(run, Vars.SERVICE_FEE),
        Vars.amount(run, Vars.NET_ADVANCE)));
  }

  /**
   * {@code disbursement}: pays the net advance to the applicant, as the pricing step computed it (the application's
   * record): the bank's asset grows by the advance, the applicant gets the net, discount and fees are income.
   * Consumes the held limits; the receivable is FINANCED; DISBURSED.
   */
  @Bean
  JavaDelegate disbursement() {
    return run -> {
      String id = Vars.applicationId(run);
      String currency = Vars.string(run, Vars.CURRENCY);
      FinancingApplication.Pricing priced = pricing(run);
      BigDecimal advance = priced.advance();
      BigDecimal net = priced.netAdvance();
      BigDecimal discount = priced.discountInterest();
      BigDecimal fee = priced.serviceFee();
      bookings.disburse(id, currency, net, List.of(
          debit(Accounts.FINANCED_RECEIVABLES, advance),
          credit(Accounts.customer(Vars.string(run, Vars.APPLICANT_ID)), net),
          credit(Accounts.DISCOUNT_INCOME, discount),
          credit(Accounts.FEE_INCOME, fee)));
      limits.consume(id);
      registry.markFinanced(id);
      applications.update(id, ApplicationStatus.DISBURSED, null, null);
    };
  }

  /**
   * {@code collectPayment}: the counterparty paid the face amount — by message (input {@code channel}
   * MESSAGE, the default) or by a debit of its account (DEBIT). The advance is repaid and the reserve
   * (face − advance) goes back to the applicant; limits are released; SETTLED.
   */
  @Bean
  JavaDelegate collectPayment() {
    return run -> {
      String id = Vars.applicationId(run);
      String currency = Vars.string(run, Vars.CURRENCY);
      BigDecimal face = Vars.amount(run, Vars.FACE_AMOUNT);
      BigDecimal advance = pricing(run).advance();
      boolean debit = "DEBIT".equals(Vars.optionalString(run, "channel"));
      String source = debit ? Accounts.customer(Vars.string(run, Vars.COUNTERPARTY_ID)) : Accounts.COLLECTIONS;
      bookings.repay(id, "COLLECTION", currency, face, List.of(
          debit(source, face),
          credit(Accounts.FINANCED_RECEIVABLES, advance),
          credit(Accounts.customer(Vars.string(run, Vars.APPLICANT_ID)), face.subtract(advance))));
      limits.release(id);
      registry.markSettled(id);
      applications.update(id, ApplicationStatus.SETTLED, debit ? "PAID_BY_DEBIT" : "PAID",
          "The buyer paid " + face.toPlainString() + " " + currency);
    };
  }

  /** {@code recourseDebit}: with recourse, the applicant repays the advance; limits released; SETTLED. */
  @Bean
  JavaDelegate recourseDebit() {
    return run -> {
      String id = Vars.applicationId(run);
      String currency = Vars.string(run, Vars.CURRENCY);
      BigDecimal advance = pricing(run).advance();
      bookings.repay(id, "RECOURSE", currency, advance, List.of(
          debit(Accounts.customer(Vars.string(run, Vars.APPLICANT_ID)), advance),
          credit(Accounts.FINANCED_RECEIVABLES, advance)));
      limits.release(id);
      registry.markSettled(id);
      applications.update(id, ApplicationStatus.SETTLED, "RECOURSE",
          "The buyer did not pay; the seller repaid the advance of " + advance.toPlainString() + " " + currency);
    };
  }

  /**
   * {@code buyerClaim}: without recourse, the bank bears the buyer's risk: the advance becomes a claim on
   * the buyer. The limits stay used while the claim is open; the application stays OVERDUE.
   */
  @Bean
  JavaDelegate buyerClaim() {
    return run -> {
      String id = Vars.applicationId(run);
      String currency = Vars.string(run, Vars.CURRENCY);
      BigDecimal advance = pricing(run).advance();
      String buyer = Vars.string(run, Vars.COUNTERPARTY_ID);
      bookings.repay(id, "CLAIM", currency, advance, List.of(
          debit(Accounts.claims(buyer), advance),
          credit(Accounts.FINANCED_RECEIVABLES, advance)));
      applications.update(id, ApplicationStatus.OVERDUE, "CLAIM_LODGED",
          "A claim of " + advance.toPlainString() + " " + currency + " was lodged against " + buyer);
    };
  }
}
