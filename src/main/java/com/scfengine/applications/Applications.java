package com.scfengine.applications;

import com.scfengine.common.FieldErrors;
import com.scfengine.common.ConflictException;
import com.scfengine.common.NotFoundException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The record of every financing application and its status, decision and reason. */
@Service
public class Applications {

  /** 32 characters without 0, O, 1 and I, in character order: ids sort as the numbers they encode. */
  private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final long MILLIS_PER_DAY = 86_400_000L;
  /** What four characters of five bits hold. */
  private static final int TWENTY_BITS = 1 << 20;
  /** The day in 2^20 slots of about 82 ms. */
  private static final int SLOTS_PER_DAY = TWENTY_BITS;
  private static final int ATTEMPTS = 5;
  private final SecureRandom random = new SecureRandom();
  private final ApplicationRepository repository;
  private final ApplicationEventPublisher events;

  public Applications(ApplicationRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
  }

  /**
   * A new application id such as {@code FACTORING-20261123-7KQ2M9XA}: product, day (UTC), then four characters for
   * the time of day and four random ones — an id no application has yet. The ids of a day sort in the order they
   * were made (to about 82 ms), so a new application's row and every index on an application id (receivables,
   * documents, limit holds, disbursements, the engine's business keys) grow at one end instead of changing a random
   * page each. Twenty random bits per slot of 82 ms, the same 40 bits a day as fully random ids: two
   * applications meet on one id as rarely as before when they are spread over the day; when they are not, the id
   * already taken is not handed out again.
   */
  public String newId(String product) {
    String id = id(product, Instant.now(), random.nextInt(TWENTY_BITS));
    for (int attempt = 1; attempt < ATTEMPTS && repository.existsById(id); attempt++) {
      id = id(product, Instant.now(), random.nextInt(TWENTY_BITS));
    }
    return id;
  }

  /** The id of an application made at {@code at}, with twenty bits of {@code randomPart}. */
  static String id(String product, Instant at, int randomPart) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    long millisOfDay = at.toEpochMilli() - day.toEpochDay() * MILLIS_PER_DAY;
    int slot = (int) (millisOfDay * SLOTS_PER_DAY / MILLIS_PER_DAY);
    StringBuilder id = new StringBuilder(product).append('-').append(day.format(DAY)).append('-');
    appendBase32(id, slot);
    appendBase32(id, randomPart);
    return id.toString();
  }

  /** Twenty bits as four characters, the most significant first. */
  private static void appendBase32(StringBuilder id, int twentyBits) {
    for (int shift = 15; shift >= 0; shift -= 5) {
      id.append(ALPHABET.charAt((twentyBits >>> shift) & 31));
    }
  }

  /**
   * Opens the record of an application that its process instance has just started: one insert, the instance
   * included (opened and then attached, it was an insert and an update).
   */
  @Transactional
  public FinancingApplication open(String id, String product, String applicantId, String counterpartyId,
      BigDecimal amount, BigDecimal requestedAmount, String currency, String submittedBy, String processInstanceId) {
    if (repository.existsById(id)) {
      throw new ConflictException("Application " + FieldErrors.quoted(id) + " already exists");
    }
    FinancingApplication opened = repository.save(new FinancingApplication(id, product, applicantId, counterpartyId,
        amount, requestedAmount, currency, submittedBy, processInstanceId));
    events.publishEvent(new ApplicationStatusChanged(id, product, null, opened.getStatus(), null));
    return opened;
  }

  /**
   * Moves the application to a status; decision and reason are kept when not given. A new status or a recorded
   * decision is announced ({@link ApplicationStatusChanged}).
   */
  @Transactional
  public void update(String id, ApplicationStatus status, String decision, String reason) {
    FinancingApplication application = get(id);
    ApplicationStatus before = application.getStatus();
    application.moveTo(status, decision, reason);
    if (before != status || decision != null) {
      events.publishEvent(new ApplicationStatusChanged(id, application.getProduct(), before, status, decision));
    }
  }

  @Transactional
  public void recordRating(String id, String grade) {
    get(id).rated(grade);
  }

  /** Keeps what the pricing step computed; the steps that move money read it from here. */
  @Transactional
  public void recordPricing(String id, FinancingApplication.Pricing pricing) {
    get(id).priced(pricing);
  }

  /** Whether the application is recorded; a read, so that the next {@link #get} in the transaction is answered from memory. */
  @Transactional(readOnly = true)
  public boolean exists(String id) {
    return repository.findById(id).isPresent();
  }

  @Transactional(readOnly = true)
  public FinancingApplication get(String id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("No application " + FieldErrors.quoted(id)));
  }

  /** Every application's status and process instance, in one statement (reconciliation). */
  @Transactional(readOnly = true)
  public List<ApplicationState> states() {
    return repository.findAllStates();
  }

  @Transactional(readOnly = true)
  public Page<FinancingApplication> find(String product, ApplicationStatus status, String applicantId, Pageable page) {
    Specification<FinancingApplication> spec = (root, query, cb) -> {
      List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
      if (product != null) where.add(cb.equal(root.get("product"), product));
      if (status != null) where.add(cb.equal(root.get("status"), status));
      if (applicantId != null) where.add(cb.equal(root.get("applicantId"), applicantId));
      return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
    };
    return repository.findAll(spec, page);
  }
}
