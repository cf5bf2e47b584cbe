package com.scfengine.corebanking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scfengine.common.PortUnavailableException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The simulator's ledger on a real database: H2 in memory with migration V2 (V1 belongs to the domain
 * and is baselined, so this test depends on the ledger's tables only). To run it on MySQL/MariaDB, point
 * {@code -Dledger.jdbc-url=jdbc:mysql://…/scratch?user=…&password=…} at a scratch schema: it drops and
 * recreates the two {@code sim_cb_} tables there and keeps its own Flyway history table.
 */
class CoreBankingSimulatorLedgerTest {

  private static final LocalDate VALUE_DATE = LocalDate.of(2026, 3, 2);

  private DataSource dataSource;
  private JdbcTemplate db;
  private DataSourceTransactionManager transactions;
  private CoreBankingSimulator coreBanking;

  private static final String EXTERNAL_DATABASE = System.getProperty("ledger.jdbc-url");

  @BeforeEach
  void emptyLedger() {
    dataSource = new DriverManagerDataSource(EXTERNAL_DATABASE != null ? EXTERNAL_DATABASE
        : "jdbc:h2:mem:ledger-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    db = new JdbcTemplate(dataSource);
    for (String table : List.of("sim_cb_posting", "sim_cb_booking", "ledger_test_history")) {
      db.execute("drop table if exists " + table);
    }
    var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
        .table("ledger_test_history").baselineVersion("1").target("2").load();
    flyway.baseline();
    flyway.migrate();
    transactions = new DataSourceTransactionManager(dataSource);
    coreBanking = new CoreBankingSimulator(dataSource, transactions, new CoreBankingProperties.Simulator(null, 0, 0));
  }

  @AfterEach
  void dropLedger() {
    if (EXTERNAL_DATABASE == null) {
      db.execute("shutdown");
    }
  }

  @Test
  void balancedBookingsPostEveryLegAndAllBalancesAddUpToZero() {
    coreBanking.book(disbursement("APP-1:disburse", "1000.00"));
    coreBanking.book(new BookingRequest("APP-1:fee", "FEE", "APP-1", "USD", VALUE_DATE, List.of(
        Posting.debit("SME-001-CURRENT", new BigDecimal("15.00")),
        Posting.credit("FEE-INCOME", new BigDecimal("12.50")),
        Posting.credit("VAT-PAYABLE", new BigDecimal("2.50")))));

    assertThat(coreBanking.balance("LOANS-USD", "USD")).isEqualByComparingTo("1000.00");
    assertThat(coreBanking.balance("SME-001-CURRENT", "USD")).isEqualByComparingTo("-985.00");
    assertThat(coreBanking.balance("FEE-INCOME", "USD")).isEqualByComparingTo("-12.50");
    assertThat(coreBanking.balance("LOANS-USD", "EUR")).isEqualByComparingTo("0");
    assertThat(sumOfAllBalances("USD")).isEqualByComparingTo("0");
    assertThat(bookings()).isEqualTo(2);
    assertThat(postings()).isEqualTo(5);
  }

  @Test
  void bookingsAndPostingsAreKeyedInTheOrderTheyWereBooked() {
    Booking first = coreBanking.book(disbursement("APP-1:disburse", "1000.00"));
    Booking second = coreBanking.book(disbursement("APP-2:disburse", "2000.00"));

    // time-ordered keys (common/Ids): new rows go to the right edge of the primary-key indexes
    assertThat(java.util.UUID.fromString(first.bookingId()).version()).isEqualTo(7);
    assertThat(second.bookingId()).isGreaterThan(first.bookingId());
    List<String> postingIds = db.queryForList("select id from sim_cb_posting order by booking_id, line_no", String.class);
    assertThat(postingIds).hasSize(4).isSorted().allSatisfy(id -> assertThat(id).isGreaterThan(first.bookingId()));
  }

  @Test
  void anUnbalancedBookingIsRefusedAndNothingIsWritten() {
    assertThatThrownBy(() -> coreBanking.book(new BookingRequest("APP-2:disburse", "DISBURSEMENT", "APP-2", "USD",
        VALUE_DATE, List.of(Posting.debit("LOANS-USD", new BigDecimal("100.00")),
            Posting.credit("SME-001-CURRENT", new BigDecimal("90.00"))))))
        .isInstanceOf(UnbalancedBookingException.class)
        .hasMessageContaining("does not balance");

    assertThat(bookings()).isZero();
    assertThat(postings()).isZero();
  }

  @Test
  void aSingleLegOrANonPositiveAmountIsRefused() {
    assertThatThrownBy(() -> coreBanking.book(new BookingRequest("K1", "FEE", null, "USD", VALUE_DATE,
        List.of(Posting.debit("A", BigDecimal.TEN))))).isInstanceOf(UnbalancedBookingException.class);
    assertThatThrownBy(() -> coreBanking.book(new BookingRequest("K2", "FEE", null, "USD", VALUE_DATE,
        List.of(Posting.debit("A", new BigDecimal("-5")), Posting.credit("B", new BigDecimal("-5"))))))
        .isInstanceOf(UnbalancedBookingException.class);
    assertThatThrownBy(() -> coreBanking.book(new BookingRequest("K3", "FEE", null, "USD", VALUE_DATE,
        List.of(Posting.debit("A", BigDecimal.ZERO), Posting.credit("B", BigDecimal.ZERO)))))
        .isInstanceOf(UnbalancedBookingException.class);

    assertThat(bookings()).isZero();
  }

  @Test
  void theSameIdempotencyKeyTwiceBooksOnceAndReturnsTheFirstBooking() {
    var first = coreBanking.book(disbursement("APP-3:disburse", "500.00"));
    var again = coreBanking.book(disbursement("APP-3:disburse", "500.00"));

    assertThat(again).isEqualTo(first);
    assertThat(bookings()).isEqualTo(1);
    assertThat(postings()).isEqualTo(2);
    assertThat(coreBanking.balance("LOANS-USD", "USD")).isEqualByComparingTo("500.00");
  }

  @Test
  void eightThreadsRacingWithOneKeyBookOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    var start = new CountDownLatch(1);
    List<Future<Booking>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        answers.add(threads.submit((Callable<Booking>) () -> {
          start.await();
          return coreBanking.book(disbursement("APP-4:disburse", "250.00"));
        }));
      }
      start.countDown();
      var bookingIds = new ArrayList<String>();
      for (var answer : answers) {
        bookingIds.add(answer.get(30, TimeUnit.SECONDS).bookingId());
      }

      assertThat(bookingIds).hasSize(8).containsOnly(bookingIds.get(0));
      assertThat(bookings()).isEqualTo(1);
      assertThat(postings()).isEqualTo(2);
      assertThat(coreBanking.balance("LOANS-USD", "USD")).isEqualByComparingTo("250.00");
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aLostResponseIsRetriedWithTheSameKeyAndGetsTheFirstBooking() {
    coreBanking.faults().timeOutAfterBookingNext(1);

    assertThatThrownBy(() -> coreBanking.book(disbursement("APP-5:disburse", "750.00")))
        .isInstanceOf(PortUnavailableException.class);
    assertThat(bookings()).as("booked before the answer was lost").isEqualTo(1);

    var retried = coreBanking.book(disbursement("APP-5:disburse", "750.00"));

    assertThat(retried.bookingId()).isEqualTo(db.queryForObject("select id from sim_cb_booking", String.class));
    assertThat(bookings()).isEqualTo(1);
    assertThat(coreBanking.balance("LOANS-USD", "USD")).isEqualByComparingTo("750.00");
  }

  @Test
  void theNextNCallsFailAndBookNothingThenTheSystemIsBack() {
    coreBanking.faults().failNext(2);

    assertThatThrownBy(() -> coreBanking.book(disbursement("APP-6:disburse", "10.00")))
        .isInstanceOf(PortUnavailableException.class);
    assertThatThrownBy(() -> coreBanking.balance("LOANS-USD", "USD")).isInstanceOf(PortUnavailableException.class);
    assertThat(bookings()).isZero();

    coreBanking.book(disbursement("APP-6:disburse", "10.00"));
    assertThat(bookings()).isEqualTo(1);
  }

  @Test
  void resetClearsPendingFaults() {
    coreBanking.faults().failNext(3).latency(java.time.Duration.ofSeconds(5));
    coreBanking.faults().timeOutAfterBookingNext(3);
    coreBanking.faults().reset();

    assertThat(coreBanking.book(disbursement("APP-7:disburse", "10.00")).bookingId()).isNotBlank();
  }

  @Test
  void aBookingStaysBookedWhenTheCallersTransactionRollsBack() {
    new TransactionTemplate(transactions).executeWithoutResult(callersTransaction -> {
      coreBanking.book(disbursement("APP-8:disburse", "300.00"));
      callersTransaction.setRollbackOnly();
    });

    assertThat(bookings()).isEqualTo(1);
    assertThat(coreBanking.balance("LOANS-USD", "USD")).isEqualByComparingTo("300.00");
  }

  private static BookingRequest disbursement(String key, String amount) {
    return new BookingRequest(key, "DISBURSEMENT", key.split(":")[0], "USD", VALUE_DATE, List.of(
        Posting.debit("LOANS-USD", new BigDecimal(amount)),
        Posting.credit("SME-001-CURRENT", new BigDecimal(amount))));
  }

  private BigDecimal sumOfAllBalances(String currency) {
    return db.queryForList("select distinct account from sim_cb_posting", String.class).stream()
        .map(account -> coreBanking.balance(account, currency))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private int bookings() {
    return db.queryForObject("select count(*) from sim_cb_booking", Integer.class);
  }

  private int postings() {
    return db.queryForObject("select count(*) from sim_cb_posting", Integer.class);
  }
}
