package com.scfengine.corebanking;

import com.scfengine.common.Ids;
import com.scfengine.common.PortUnavailableException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An in-process core banking system: a double-entry ledger in its own tables ({@code sim_cb_booking},
 * {@code sim_cb_posting}, migration V2). It stands in for a system outside the process, so every call
 * runs in its OWN transaction (REQUIRES_NEW): a booking stays booked when the caller rolls back, just as
 * it would in the real core banking.
 *
 * <p>Bookings must balance ({@link LedgerRules}) or nothing is written. The idempotency key is unique in
 * the ledger: a repeated key — also from threads racing each other — returns the first booking and
 * posts nothing new. Faults ({@link #faults()}): latency, the next N calls failing, and the next N
 * bookings made but their answers lost.
 */
public class CoreBankingSimulator implements CoreBanking {

  private static final String FIND_BOOKING =
      "select id, idempotency_key, kind, booked_at from sim_cb_booking where idempotency_key = ?";
  private static final String INSERT_BOOKING =
      "insert into sim_cb_booking (id, idempotency_key, kind, reference, currency, value_date, booked_at)"
          + " values (?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_POSTING =
      "insert into sim_cb_posting (id, booking_id, line_no, account, side, amount) values (?, ?, ?, ?, ?, ?)";
  private static final String BALANCE =
      "select coalesce(sum(case when p.side = 'DEBIT' then p.amount else 0 - p.amount end), 0)"
          + " from sim_cb_posting p join sim_cb_booking b on b.id = p.booking_id"
          + " where p.account = ? and b.currency = ?";

  private static final String BOOKINGS_OF =
      "select id, idempotency_key, kind, reference, currency, booked_at from sim_cb_booking where reference in (%s)"
          + " order by booked_at, id";
  private static final String POSTINGS_OF =
      "select p.booking_id, p.account, p.side, p.amount from sim_cb_posting p join sim_cb_booking b"
          + " on b.id = p.booking_id where b.reference in (%s) order by p.booking_id, p.line_no";
  /** References per statement: a bounded IN list, whatever the number of applications asked about. */
  static final int REFERENCES_PER_QUERY = 500;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final CoreBankingFaults faults;
  private final Clock clock;

  public CoreBankingSimulator(DataSource dataSource, PlatformTransactionManager transactionManager,
      CoreBankingProperties.Simulator settings) {
    this(dataSource, transactionManager, settings, Clock.systemUTC());
  }

  public CoreBankingSimulator(DataSource dataSource, PlatformTransactionManager transactionManager,
      CoreBankingProperties.Simulator settings, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.faults = new CoreBankingFaults(settings.latency(), settings.failNextCalls(),
        settings.timeOutAfterBookingNextCalls());
    this.clock = clock;
  }

  /** The faults to inject at runtime: {@code faults().failNext(2)}, {@code faults().timeOutAfterBookingNext(1)}, {@code faults().reset()}. */
  public CoreBankingFaults faults() {
    return faults;
  }

  @Override
  public Booking book(BookingRequest request) {
    String operation = "booking " + (request == null ? null : request.idempotencyKey());
    faults.beforeCall(operation);
    LedgerRules.requireBookable(request);
    Booking booking = ledger(() -> findOrInsert(request));
    faults.afterBooking(operation);
    return booking;
  }

  @Override
  public BigDecimal balance(String account, String currency) {
    faults.beforeCall("balance of " + account);
    return ledger(() -> ownTransaction.execute(tx -> jdbc.queryForObject(BALANCE, BigDecimal.class, account, currency)));
  }

  /**
   * The bookings of the references and their postings: two statements per {@value #REFERENCES_PER_QUERY}
   * references (index {@code ix_sim_cb_booking_reference}), in the ledger's own transaction.
   */
  @Override
  public List<LedgerBooking> bookingsOf(Collection<String> references) {
    faults.beforeCall("bookings of " + references.size() + " reference(s)");
    List<String> distinct = references.stream().filter(java.util.Objects::nonNull).distinct().toList();
    List<LedgerBooking> found = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += REFERENCES_PER_QUERY) {
      List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + REFERENCES_PER_QUERY));
      found.addAll(ledger(() -> ownTransaction.execute(tx -> bookingsOfChunk(chunk))));
    }
    return found;
  }

  private List<LedgerBooking> bookingsOfChunk(List<String> references) {
    String marks = String.join(", ", Collections.nCopies(references.size(), "?"));
    Object[] args = references.toArray();
    Map<String, List<Posting>> postings = new HashMap<>();
    jdbc.query(POSTINGS_OF.formatted(marks), row -> {
      postings.computeIfAbsent(row.getString("booking_id"), id -> new ArrayList<>()).add(new Posting(
          row.getString("account"), Posting.Side.valueOf(row.getString("side")), row.getBigDecimal("amount")));
    }, args);
    return jdbc.query(BOOKINGS_OF.formatted(marks), (row, n) -> new LedgerBooking(row.getString("id"),
        row.getString("idempotency_key"), row.getString("kind"), row.getString("reference"),
        row.getString("currency"), row.getTimestamp("booked_at").toInstant(),
        postings.getOrDefault(row.getString("id"), List.of())), args);
  }

  /**
   * One transaction of the ledger's own: the booking already made under the key, or a new one. When a concurrent
   * call with the same key got there first, the unique index says so and its booking wins.
   */
  private Booking findOrInsert(BookingRequest request) {
    try {
      return ownTransaction.execute(tx -> find(request.idempotencyKey()).orElseGet(() -> insert(request)));
    } catch (DuplicateKeyException raced) {
      return ownTransaction.execute(tx -> find(request.idempotencyKey())).orElseThrow(() -> raced);
    }
  }

  private Optional<Booking> find(String idempotencyKey) {
    return jdbc.query(FIND_BOOKING, this::booking, idempotencyKey).stream().findFirst();
  }

  private Booking insert(BookingRequest request) {
    String id = Ids.next();
    // seconds only: MySQL TIMESTAMP keeps no fractions here, and a replay must return the very same booking
    Instant bookedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    jdbc.update(INSERT_BOOKING, id, request.idempotencyKey(), request.kind(), request.reference(), request.currency(),
        request.valueDate() == null ? null : Date.valueOf(request.valueDate()), Timestamp.from(bookedAt));
    List<Object[]> lines = new ArrayList<>();
    for (Posting posting : request.postings()) {
      lines.add(new Object[] {Ids.next(), id, lines.size() + 1, posting.account(),
          posting.side().name(), posting.amount()});
    }
    jdbc.batchUpdate(INSERT_POSTING, lines); // the postings of a booking in one round trip
    return new Booking(id, request.idempotencyKey(), request.kind(), bookedAt);
  }

  private Booking booking(ResultSet row, int rowNum) throws SQLException {
    return new Booking(row.getString("id"), row.getString("idempotency_key"), row.getString("kind"),
        row.getTimestamp("booked_at").toInstant());
  }

  /** A lock timeout or dropped connection in the ledger is the outside system being unavailable. */
  private static <T> T ledger(Supplier<T> work) {
    try {
      return work.get();
    } catch (TransientDataAccessException e) {
      throw new PortUnavailableException("core banking unavailable: " + e.getMessage(), e);
    }
  }
}
