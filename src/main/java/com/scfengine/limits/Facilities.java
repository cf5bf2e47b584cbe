package com.scfengine.limits;

import com.scfengine.enterprises.Enterprises;
import com.scfengine.common.ConflictException;
import com.scfengine.common.FieldErrors;
import com.scfengine.common.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sets up credit facilities. */
@Service
public class Facilities {

  private final FacilityRepository repository;
  private final Enterprises enterprises;
  private final Clock clock;

  public Facilities(FacilityRepository repository, Enterprises enterprises, Clock clock) {
    this.repository = repository;
    this.enterprises = enterprises;
    this.clock = clock;
  }

  public record Request(String id, String enterpriseId, String kind, String product, String counterpartyId,
      String country, String currency, String limit, String expiry) {}

  @Transactional
  public CreditFacility create(Request request) {
    FieldErrors errors = new FieldErrors();
    String id = request.id() == null ? null : errors.identifier("id", request.id());
    String enterpriseId = errors.required("enterpriseId", request.enterpriseId());
    if (enterpriseId != null && !enterprises.exists(enterpriseId)) {
      errors.add("enterpriseId", "no enterprise " + FieldErrors.quoted(enterpriseId) + " is registered");
    }
    FacilityKind kind = errors.oneOf("kind", request.kind(), FacilityKind.class);
    String currency = errors.currency("currency", request.currency());
    BigDecimal limit = errors.positiveAmount("limit", request.limit(), currency);
    LocalDate expiry = errors.date("expiry", request.expiry());
    if (expiry != null && !expiry.isAfter(LocalDate.now(clock))) {
      errors.add("expiry", "must be in the future");
    }
    String country = request.country() == null ? null : errors.country("country", request.country());
    if (kind == FacilityKind.COUNTRY && request.country() == null) {
      errors.add("country", "is required for a COUNTRY facility: the country whose risk it limits");
    }
    if (request.product() != null && errors.identifier("product", request.product()) != null
        && request.product().strip().length() > 40) {
      errors.add("product", "must be at most 40 characters");
    }
    String counterparty = request.counterpartyId();
    if (counterparty != null && !enterprises.exists(counterparty)) {
      errors.add("counterpartyId", "no enterprise " + FieldErrors.quoted(counterparty) + " is registered");
    }
    errors.throwIfAny("Facility");
    if (id != null && repository.existsById(id)) {
      throw new ConflictException("Facility " + FieldErrors.quoted(id) + " already exists");
    }
    String newId = id != null ? id : "FAC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    return repository.save(new CreditFacility(newId, enterpriseId, kind, blankToNull(request.product()), counterparty,
        country, currency, limit, expiry));
  }

  @Transactional(readOnly = true)
  public CreditFacility get(String id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("No facility " + FieldErrors.quoted(id)));
  }

  @Transactional(readOnly = true)
  public List<CreditFacility> of(String enterpriseId) {
    return repository.findByEnterpriseIdOrderByCreatedAt(enterpriseId);
  }

  /**
   * What the bank has set and what is utilised, summed per facility kind and currency (amounts of different
   * currencies are never added): one grouped query, however many facilities there are.
   */
  @Transactional(readOnly = true)
  public List<Totals> totals() {
    return repository.totalsByKindAndCurrency();
  }

  /** The facilities of one kind in one currency: how many, their limits and their utilisation, summed. */
  public record Totals(FacilityKind kind, String currency, long facilities, BigDecimal limit, BigDecimal utilised) {}

  /** The COUNTRY facilities that limit the risk of a country, in a currency. */
  @Transactional(readOnly = true)
  public List<CreditFacility> ofCountry(String country, String currency) {
    return repository.findByKindAndCountryAndCurrency(FacilityKind.COUNTRY, country, currency);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip().toUpperCase();
  }
}
