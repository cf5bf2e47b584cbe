package com.scfengine.applications;

import com.scfengine.web.ConflictException;
import com.scfengine.web.NotFoundException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The record of every financing application and its status, decision and reason. */
@Service
public class Applications {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private final SecureRandom random = new SecureRandom();
  private final ApplicationRepository repository;

  public Applications(ApplicationRepository repository) {
    this.repository = repository;
  }

  /** A new application id such as {@code FACTORING-20261123-7KQ2M9XA}: product, day, random part. */
  public String newId(String product) {
    StringBuilder id = new StringBuilder(product).append('-').append(LocalDate.now(ZoneOffset.UTC).format(DAY)).append('-');
    for (int i = 0; i < 8; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }

  @Transactional
  public FinancingApplication open(String id, String product, String applicantId, String counterpartyId,
      BigDecimal amount, BigDecimal requestedAmount, String currency, String submittedBy) {
    if (repository.existsById(id)) {
      throw new ConflictException("Application '" + id + "' already exists");
    }
    return repository.save(new FinancingApplication(id, product, applicantId, counterpartyId, amount, requestedAmount,
        currency, submittedBy));
  }

  @Transactional
  public void attachProcess(String id, String processInstanceId) {
    get(id).attach(processInstanceId);
  }

  /** Moves the application to a status; decision and reason are kept when not given. */
  @Transactional
  public void update(String id, ApplicationStatus status, String decision, String reason) {
    get(id).moveTo(status, decision, reason);
  }

  @Transactional
  public void recordRating(String id, String grade) {
    get(id).rated(grade);
  }

  /** Whether the application is recorded; a read, so that the next {@link #get} in the transaction is answered from memory. */
  @Transactional(readOnly = true)
  public boolean exists(String id) {
    return repository.findById(id).isPresent();
  }

  @Transactional(readOnly = true)
  public FinancingApplication get(String id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("No application '" + id + "'"));
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
