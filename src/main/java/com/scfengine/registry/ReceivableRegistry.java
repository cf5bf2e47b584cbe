package com.scfengine.registry;

import com.scfengine.common.Ids;
import com.scfengine.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry of receivables and instruments against double financing. A receivable is registered
 * once; while it is pending, financed or settled a second registration is refused — the unique index
 * on the live key decides, so racing requests cannot both win. Rejection or cancellation releases it.
 */
@Service
public class ReceivableRegistry {

  /** How many keys one statement looks up during a bulk upload. */
  private static final int BULK_CHUNK = 500;

  private final ReceivableRepository receivables;
  private final CustomsDeclarationRepository declarations;
  private final TransactionTemplate separately;

  public ReceivableRegistry(ReceivableRepository receivables, CustomsDeclarationRepository declarations,
      PlatformTransactionManager transactions) {
    this.receivables = receivables;
    this.declarations = declarations;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public record Claim(ReceivableKind kind, String sellerId, String buyerId, String number, BigDecimal amount,
      String currency, LocalDate issueDate, LocalDate dueDate, String applicationId) {}

  /** A registration; {@code nearDuplicateOf} names a live receivable with the same content under another number. */
  public record Registration(String receivableId, String fingerprint, String nearDuplicateOf) {
    public boolean nearDuplicate() {
      return nearDuplicateOf != null;
    }
  }

  /** Registers the claim or throws {@link DuplicateFinancingException}; runs in the caller's transaction. */
  @Transactional
  public Registration register(Claim claim) {
    String key = ReceivableKeys.key(claim.sellerId(), claim.buyerId(), claim.number());
    receivables.findByActiveKey(key).ifPresent(existing -> {
      throw duplicate(claim, existing);
    });
    String fingerprint = ReceivableKeys.fingerprint(claim.sellerId(), claim.buyerId(), claim.amount(),
        claim.currency(), claim.issueDate(), claim.dueDate());
    String nearDuplicateOf = receivables.findLiveByFingerprint(fingerprint).stream()
        .map(Receivable::getId).findFirst().orElse(null);
    Receivable receivable = new Receivable(Ids.next(), claim.kind(), claim.sellerId(),
        claim.buyerId(), claim.number(), key, fingerprint, Money.of(claim.amount(), claim.currency()),
        claim.currency(), claim.issueDate(), claim.dueDate(), claim.applicationId(), nearDuplicateOf);
    try {
      receivables.saveAndFlush(receivable);
    } catch (DataIntegrityViolationException raced) {
      throw new DuplicateFinancingException(claim.kind() + " " + claim.number() + " of " + claim.sellerId()
          + " on " + claim.buyerId() + " is already registered by another application");
    }
    return new Registration(receivable.getId(), fingerprint, nearDuplicateOf);
  }

  /** The key under which a receivable is registered: seller, buyer and number, whatever their spelling. */
  public String keyOf(String sellerId, String buyerId, String number) {
    return ReceivableKeys.key(sellerId, buyerId, number);
  }

  /** The keys ({@link #keyOf}) among these that a live registration holds already. */
  @Transactional(readOnly = true)
  public java.util.Set<String> liveAmong(java.util.Collection<String> keys) {
    java.util.Set<String> live = new java.util.HashSet<>();
    List<String> all = List.copyOf(keys);
    for (int from = 0; from < all.size(); from += BULK_CHUNK) {
      live.addAll(receivables.findActiveKeysIn(all.subList(from, Math.min(all.size(), from + BULK_CHUNK))));
    }
    return live;
  }

  /**
   * Registers many claims at once, each under its own application id (a payable's id until it is financed), in the
   * caller's transaction: a bulk upload of payables a core enterprise approved. The caller has checked them against
   * {@link #liveAmong}; a registration that races one of them still fails whole ({@link DuplicateFinancingException}).
   * Same content under another number is normal in such a file and is not flagged.
   */
  @Transactional
  public void registerAll(List<Claim> claims) {
    List<Receivable> batch = new java.util.ArrayList<>(claims.size());
    for (Claim claim : claims) {
      batch.add(new Receivable(Ids.next(), claim.kind(), claim.sellerId(), claim.buyerId(), claim.number(),
          ReceivableKeys.key(claim.sellerId(), claim.buyerId(), claim.number()),
          ReceivableKeys.fingerprint(claim.sellerId(), claim.buyerId(), claim.amount(), claim.currency(),
              claim.issueDate(), claim.dueDate()),
          Money.of(claim.amount(), claim.currency()), claim.currency(), claim.issueDate(), claim.dueDate(),
          claim.applicationId(), null));
    }
    try {
      receivables.saveAll(batch);
      receivables.flush();
    } catch (DataIntegrityViolationException raced) {
      throw new DuplicateFinancingException("A receivable of this upload was registered meanwhile by another "
          + "application; nothing of the upload is registered");
    }
  }

  /**
   * Charges the receivable's amount to the customs export declaration it cites. Returns false, and charges
   * nothing, when the declaration's remaining value does not cover it. Idempotent per receivable.
   */
  @Transactional
  public boolean chargeDeclaration(String applicationId, String declarationId, String exporterId,
      BigDecimal declaredValue, String currency) {
    Receivable receivable = one(applicationId);
    if (declarationId.equals(receivable.getDeclarationId())) {
      return true;
    }
    ensureDeclaration(declarationId, exporterId, declaredValue, currency);
    if (declarations.charge(declarationId, receivable.getAmount()) != 1) {
      return false;
    }
    receivables.findById(receivable.getId()).orElseThrow().chargedTo(declarationId, receivable.getAmount());
    return true;
  }

  @Transactional(readOnly = true)
  public BigDecimal financedAgainst(String declarationId) {
    return declarations.findById(declarationId).map(CustomsDeclaration::getFinanced).orElse(BigDecimal.ZERO);
  }

  /** The money went out: the application's pending receivable is financed (one statement, no read first). */
  @Transactional
  public void markFinanced(String applicationId) {
    receivables.move(applicationId, ReceivableState.PENDING.name(), ReceivableState.FINANCED.name(), Instant.now());
  }

  @Transactional
  public void markSettled(String applicationId) {
    receivables.findByApplicationId(applicationId).stream()
        .filter(r -> r.getState() == ReceivableState.FINANCED).forEach(Receivable::settled);
  }

  /** Returns the receivable on rejection or cancellation: its key is free again and its customs charge refunded. */
  @Transactional
  public void release(String applicationId) {
    for (Receivable r : receivables.findByApplicationId(applicationId)) {
      if (r.getState() == ReceivableState.RELEASED) {
        continue;
      }
      if (r.getDeclarationId() != null && r.getDeclarationAmount() != null) {
        declarations.refund(r.getDeclarationId(), r.getDeclarationAmount());
      }
      r.released();
    }
  }

  /** A receivable registered for an application and still live: PENDING or FINANCED. */
  public record LiveRegistration(String receivableId, String applicationId, ReceivableState state) {}

  /** Every live registration (pending or financed) of every application, in one statement (reconciliation). */
  @Transactional(readOnly = true)
  public List<LiveRegistration> liveRegistrations() {
    return receivables.findAllLive();
  }

  @Transactional(readOnly = true)
  public List<Receivable> of(String applicationId) {
    return receivables.findByApplicationId(applicationId);
  }

  /** A receivable by its id, e.g. the one a near-duplicate's {@code nearDuplicateOf} names. */
  @Transactional(readOnly = true)
  public java.util.Optional<Receivable> receivable(String receivableId) {
    return receivables.findById(receivableId);
  }

  private Receivable one(String applicationId) {
    return receivables.findByApplicationId(applicationId).stream()
        .filter(r -> r.getState() != ReceivableState.RELEASED).findFirst()
        .orElseThrow(() -> new IllegalStateException("No live receivable for application " + applicationId));
  }

  /** The declaration row is reference data: created once, in its own transaction, whoever comes first. */
  private void ensureDeclaration(String id, String exporterId, BigDecimal declaredValue, String currency) {
    if (declarations.existsById(id)) {
      return;
    }
    try {
      separately.executeWithoutResult(s -> declarations.create(id, exporterId, currency, declaredValue));
    } catch (DataIntegrityViolationException alreadyThere) {
      // another request created it first: fine
    }
  }

  private static DuplicateFinancingException duplicate(Claim claim, Receivable existing) {
    return new DuplicateFinancingException(claim.kind() + " " + claim.number() + " of " + claim.sellerId() + " on "
        + claim.buyerId() + " is already " + existing.getState().name().toLowerCase() + " under application "
        + existing.getApplicationId());
  }
}
