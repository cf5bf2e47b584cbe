package com.scfengine.supplychainfinance;

import com.scfengine.common.ConflictException;
import com.scfengine.common.FieldErrors;
import com.scfengine.common.NotFoundException;
import com.scfengine.enterprises.Enterprise;
import com.scfengine.enterprises.EnterpriseRole;
import com.scfengine.enterprises.Enterprises;
import com.scfengine.limits.CreditFacility;
import com.scfengine.limits.Facilities;
import com.scfengine.process.AsSystem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payables programmes: a core enterprise's limit for its suppliers (a PROGRAMME facility, product
 * {@code REVERSE_FACTORING}), its terms, and the suppliers it onboards — each screened and reviewed with four eyes in
 * the process {@code supplier-onboarding} before it is ACTIVE.
 */
@Service
public class Programmes {

  static final String PRODUCT = "REVERSE_FACTORING";
  static final String ONBOARDING_PROCESS = "supplier-onboarding";

  private final ProgrammeRepository programmes;
  private final ProgrammeSupplierRepository suppliers;
  private final Enterprises enterprises;
  private final Facilities facilities;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final Clock clock;

  Programmes(ProgrammeRepository programmes, ProgrammeSupplierRepository suppliers, Enterprises enterprises,
      Facilities facilities, RuntimeService runtimeService, IdentityService identityService, Clock clock) {
    this.programmes = programmes;
    this.suppliers = suppliers;
    this.enterprises = enterprises;
    this.facilities = facilities;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.clock = clock;
  }

  /** {@code POST /api/programmes}. */
  public record NewProgramme(String id, String name, String coreEnterpriseId, String currency, String limit, String expiry,
      Integer maxTenorDays, String baseRate, Boolean autoDiscount, Boolean payingAgent) {}

  /** {@code POST /api/programmes/{id}/suppliers}. */
  public record NewSupplier(String supplierId, String payoutAccount, Boolean autoDiscount) {}

  /**
   * Opens a programme and the core enterprise's PROGRAMME facility for it, together or not at all. Bad input is a
   * 400 naming every field; an id in use is a 409.
   */
  @Transactional
  public Programme open(NewProgramme request) {
    FieldErrors errors = new FieldErrors();
    LocalDate today = LocalDate.now(clock);
    String id = request.id() == null || request.id().isBlank() ? null : errors.identifier("id", request.id());
    String name = errors.name("name", request.name(), 140);
    String core = errors.identifier("coreEnterpriseId", request.coreEnterpriseId());
    if (core != null) {
      if (!enterprises.exists(core)) {
        errors.add("coreEnterpriseId", "no enterprise " + FieldErrors.quoted(core) + " is registered");
      } else if (enterprises.get(core).getRole() != EnterpriseRole.CORE_ENTERPRISE) {
        errors.add("coreEnterpriseId", FieldErrors.quoted(core) + " is not a core enterprise");
      }
    }
    String currency = errors.currency("currency", upper(request.currency()));
    BigDecimal limit = errors.positiveAmount("limit", request.limit(), currency);
    LocalDate expiry = errors.date("expiry", request.expiry());
    if (expiry != null && !expiry.isAfter(today)) {
      errors.add("expiry", "must be after today (" + today + ")");
    }
    Integer tenor = request.maxTenorDays();
    if (tenor == null || tenor < 1 || tenor > 720) {
      errors.add("maxTenorDays", "must be from 1 to 720 days");
    }
    BigDecimal baseRate = null;
    if (request.baseRate() != null && !request.baseRate().isBlank()) {
      baseRate = errors.decimal("baseRate", request.baseRate());
      if (baseRate != null && (baseRate.signum() < 0 || baseRate.compareTo(BigDecimal.ONE) >= 0)) {
        errors.add("baseRate", "must be a rate p.a. from 0 to 1 (0.05 = 5 %)");
      }
    }
    errors.throwIfAny("Programme");
    String programmeId = id != null ? id : "PRG-" + core + "-" + currency;
    if (programmes.existsById(programmeId)) {
      throw new ConflictException("Programme " + FieldErrors.quoted(programmeId) + " already exists");
    }
    CreditFacility facility = facilities.create(new Facilities.Request("FAC-" + programmeId, core, "PROGRAMME",
        PRODUCT, null, null, currency, limit.toPlainString(), expiry.toString()));
    return programmes.save(new Programme(programmeId, name, core, currency, limit, expiry, tenor, baseRate,
        Boolean.TRUE.equals(request.autoDiscount()), !Boolean.FALSE.equals(request.payingAgent()), facility.getId(),
        Instant.now(clock)));
  }

  @Transactional(readOnly = true)
  public boolean exists(String id) {
    return programmes.existsById(id);
  }

  /**
   * Puts a supplier the bank has onboarded before (screened and reviewed outside this programme, or migrated) on the
   * programme, ACTIVE at once, with the reason recorded. 409 when it is already on it.
   */
  @Transactional
  public ProgrammeSupplier enrol(String programmeId, NewSupplier request, String reason) {
    get(programmeId);
    if (suppliers.existsById(ProgrammeSupplier.key(programmeId, request.supplierId()))) {
      throw new ConflictException("Supplier " + request.supplierId() + " is already on programme " + programmeId);
    }
    if (!enterprises.exists(request.supplierId())
        || enterprises.get(request.supplierId()).getRole() != EnterpriseRole.SME) {
      throw new NotFoundException("No SME " + FieldErrors.quoted(request.supplierId()));
    }
    ProgrammeSupplier enrolled = new ProgrammeSupplier(programmeId, request.supplierId(), request.payoutAccount(),
        Boolean.TRUE.equals(request.autoDiscount()), Instant.now(clock));
    enrolled.decide(true, reason, Instant.now(clock));
    return suppliers.save(enrolled);
  }

  @Transactional(readOnly = true)
  public Programme get(String id) {
    return programmes.findById(id).orElseThrow(() -> new NotFoundException("No programme " + FieldErrors.quoted(id)));
  }

  @Transactional(readOnly = true)
  public List<ProgrammeSupplier> suppliersOf(String programmeId) {
    return suppliers.findByProgrammeId(programmeId);
  }

  /** The supplier's place on the programme, if it has one. */
  @Transactional(readOnly = true)
  public java.util.Optional<ProgrammeSupplier> supplier(String programmeId, String supplierId) {
    return suppliers.findById(ProgrammeSupplier.key(programmeId, supplierId));
  }

  /** The programme's facility as it stands: limit, utilised, available. */
  @Transactional(readOnly = true)
  public CreditFacility facilityOf(Programme programme) {
    return facilities.get(programme.getFacilityId());
  }

  /**
   * Puts a supplier (a registered SME) on the programme and starts its onboarding: screening and a credit analyst's
   * review, not by whoever asked. 409 when it is already on it.
   */
  @Transactional
  public ProgrammeSupplier onboard(String programmeId, NewSupplier request, String requestedBy) {
    Programme programme = get(programmeId);
    FieldErrors errors = new FieldErrors();
    String supplierId = errors.identifier("supplierId", request.supplierId());
    Enterprise supplier = null;
    if (supplierId != null) {
      if (!enterprises.exists(supplierId)) {
        errors.add("supplierId", "no enterprise " + FieldErrors.quoted(supplierId) + " is registered");
      } else {
        supplier = enterprises.get(supplierId);
        if (supplier.getRole() != EnterpriseRole.SME) {
          errors.add("supplierId", FieldErrors.quoted(supplierId) + " is not an SME");
        }
      }
    }
    String account = request.payoutAccount() == null || request.payoutAccount().isBlank() ? null
        : errors.reference("payoutAccount", request.payoutAccount().strip(), 34);
    errors.throwIfAny("Supplier");
    if (suppliers.existsById(ProgrammeSupplier.key(programmeId, supplierId))) {
      throw new ConflictException("Supplier " + supplierId + " is already on programme " + programmeId);
    }
    ProgrammeSupplier onboarded = suppliers.save(new ProgrammeSupplier(programmeId, supplierId, account,
        Boolean.TRUE.equals(request.autoDiscount()), Instant.now(clock)));
    Map<String, Object> variables = Map.of("programmeId", programmeId, "supplierId", supplierId,
        "enterpriseId", supplierId, "enterpriseName", supplier.getName(), "coreEnterpriseId",
        programme.getCoreEnterpriseId(), "submittedBy", requestedBy == null ? "" : requestedBy);
    // started as the system: the caller's role was checked by the API's security rules
    AsSystem.run(identityService, () -> runtimeService.startProcessInstanceByKey(ONBOARDING_PROCESS,
        onboarded.getId(), variables));
    return suppliers.findById(onboarded.getId()).orElseThrow();
  }

  /** The onboarding's outcome: ACTIVE, or DECLINED with the reason. */
  @Transactional
  public void decide(String programmeId, String supplierId, boolean approved, String reason) {
    ProgrammeSupplier onboarded = supplier(programmeId, supplierId).orElseThrow(() ->
        new NotFoundException("Supplier " + supplierId + " is not on programme " + programmeId));
    onboarded.decide(approved, reason, Instant.now(clock));
  }

  private static String upper(String value) {
    return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
  }
}
