package com.scfengine.enterprises;

import com.scfengine.common.ConflictException;
import com.scfengine.common.FieldErrors;
import com.scfengine.common.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and finds enterprises. */
@Service
public class Enterprises {

  /** The bank's rating scale, best first. */
  private static final String BIC = "[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?";

  public static final Set<String> GRADES = Set.of("AAA", "AA", "A", "BBB", "BB", "B", "CCC", "D");

  private final EnterpriseRepository repository;

  public Enterprises(EnterpriseRepository repository) {
    this.repository = repository;
  }

  /** A new enterprise; {@code bic} is a bank's SWIFT address (8 or 11 characters), none for other enterprises. */
  public record Registration(String id, String name, String country, String role, String ratingGrade,
      String probabilityOfDefault, String bic) {

    public Registration(String id, String name, String country, String role, String ratingGrade,
        String probabilityOfDefault) {
      this(id, name, country, role, ratingGrade, probabilityOfDefault, null);
    }
  }

  @Transactional
  public Enterprise register(Registration request) {
    FieldErrors errors = new FieldErrors();
    String id = errors.identifier("id", request.id());
    String name = errors.name("name", request.name(), 200);
    String country = errors.country("country", request.country());
    EnterpriseRole role = errors.oneOf("role", request.role(), EnterpriseRole.class);
    String grade = request.ratingGrade();
    if (grade != null && !GRADES.contains(grade)) {
      errors.add("ratingGrade", FieldErrors.quoted(grade) + " is not one of " + GRADES);
    }
    BigDecimal pd = null;
    if (request.probabilityOfDefault() != null) {
      pd = errors.decimal("probabilityOfDefault", request.probabilityOfDefault());
      if (pd != null && (pd.signum() < 0 || pd.compareTo(BigDecimal.ONE) > 0)) {
        errors.add("probabilityOfDefault", "must be between 0 and 1");
      }
    }
    String bic = request.bic() == null || request.bic().isBlank() ? null : request.bic().strip().toUpperCase();
    if (bic != null && !bic.matches(BIC)) {
      errors.add("bic", FieldErrors.quoted(request.bic()) + " is not a BIC (8 or 11 letters and digits: bank, country, location, "
          + "branch)");
    } else if (bic != null && role != EnterpriseRole.BANK) {
      errors.add("bic", "only a bank has a BIC");
    }
    errors.throwIfAny("Enterprise");
    if (bic != null && repository.findFirstByBicStartingWith(bic.substring(0, 8)).isPresent()) {
      throw new ConflictException("A bank with BIC " + bic.substring(0, 8) + " is registered already");
    }
    if (repository.existsById(id)) {
      throw new ConflictException("Enterprise " + FieldErrors.quoted(id) + " already exists");
    }
    Enterprise enterprise = new Enterprise(id, name, country, role);
    if (grade != null) {
      enterprise.rate(grade, pd);
    }
    if (bic != null) {
      enterprise.identifyBy(bic);
    }
    return repository.save(enterprise);
  }

  @Transactional(readOnly = true)
  public Enterprise get(String id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("No enterprise " + FieldErrors.quoted(id)));
  }

  /**
   * Whether the enterprise is registered. Reads the enterprise rather than counting: an application checks both
   * parties and then reads their names in the same transaction, and a read entity is answered from the
   * persistence context the next time.
   */
  @Transactional(readOnly = true)
  public boolean exists(String id) {
    return id != null && repository.findById(id).isPresent();
  }

  /** Gives a registered bank its SWIFT address (BIC). */
  @Transactional
  public void identify(String id, String bic) {
    Enterprise bank = get(id);
    FieldErrors errors = new FieldErrors();
    String checked = bic == null ? null : bic.strip().toUpperCase();
    if (checked == null || !checked.matches(BIC)) {
      errors.add("bic", FieldErrors.quoted(bic) + " is not a BIC (8 or 11 letters and digits: bank, country, location, branch)");
    } else if (bank.getRole() != EnterpriseRole.BANK) {
      errors.add("bic", "only a bank has a BIC");
    }
    errors.throwIfAny("Bank address");
    bankOf(checked).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
      throw new ConflictException("BIC " + checked.substring(0, 8) + " is " + other.getId() + "'s already");
    });
    bank.identifyBy(checked);
  }

  /** The registered bank a SWIFT address names (its first eight characters: bank, country and location). */
  @Transactional(readOnly = true)
  public Optional<Enterprise> bankOf(String bic) {
    if (bic == null || bic.length() < 8) {
      return Optional.empty();
    }
    return repository.findFirstByBicStartingWith(bic.substring(0, 8).toUpperCase());
  }

  /** The registered enterprise of a role with this name, whatever its case: how a SWIFT message names a customer. */
  @Transactional(readOnly = true)
  public Optional<Enterprise> named(String name, EnterpriseRole role) {
    return name == null ? Optional.empty() : repository.findFirstByNameIgnoreCaseAndRole(name.strip(), role);
  }

  @Transactional(readOnly = true)
  public Page<Enterprise> list(Pageable page) {
    return repository.findAll(page);
  }

  /**
   * Stores the rating the credit port returned, when it differs from the one held ({@code ratedAt} is when the
   * enterprise got the rating it holds). An unchanged rating writes nothing; a changed one is one conditional
   * statement. Each application keeps the rating it was decided on in its own record.
   */
  @Transactional
  public void recordRating(String id, String grade, BigDecimal probabilityOfDefault) {
    if (!get(id).isRated(grade, probabilityOfDefault)) {
      repository.rate(id, grade, probabilityOfDefault, Instant.now());
    }
  }
}
