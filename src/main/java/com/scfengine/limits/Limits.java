package com.scfengine.limits;

import com.scfengine.common.Ids;
import com.scfengine.money.Money;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserves, consumes and releases limits. Each move of {@code utilised} is one conditional row update,
 * so any number of concurrent requests can never take a facility over its limit or below zero; the hold that records
 * it is written in the very next statement, never left to the commit's flush, so that a facility's utilisation and
 * its holds are stored together or not at all.
 * Runs in the caller's transaction: a process step that reserves commits or rolls back with the engine.
 */
@Service
public class Limits {

  private final FacilityRepository facilities;
  private final ReservationRepository reservations;
  private final EntityManager entityManager;
  private final Clock clock;

  public Limits(FacilityRepository facilities, ReservationRepository reservations, EntityManager entityManager,
      Clock clock) {
    this.facilities = facilities;
    this.reservations = reservations;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /** The outcome of a reservation: granted with the facility, or refused with a reason a person can read. */
  public record Reservation(boolean granted, String facilityId, String reservationId, String reason) {
    static Reservation refused(String reason) {
      return new Reservation(false, null, null, reason);
    }
  }

  /**
   * Holds {@code amount} on a live facility of the enterprise of the given kind and currency (product-specific
   * facilities and general ones both qualify). Asking again for the same application returns the first hold.
   */
  @Transactional
  public Reservation reserve(String applicationId, String enterpriseId, FacilityKind kind, String product,
      BigDecimal amount, String currency) {
    return reserve(applicationId, facilities.findByEnterpriseIdAndKindAndCurrency(enterpriseId, kind, currency),
        kind + " facility in " + currency + " for " + enterpriseId, kind + " limit for " + enterpriseId, product,
        amount, currency);
  }

  /**
   * Holds {@code amount} on a live COUNTRY facility for the country (the risk of any party there), as
   * {@link #reserve(String, String, FacilityKind, String, BigDecimal, String)} does on a party's facility.
   */
  @Transactional
  public Reservation reserveCountry(String applicationId, String country, String product, BigDecimal amount,
      String currency) {
    return reserve(applicationId, facilities.findByKindAndCountryAndCurrency(FacilityKind.COUNTRY, country, currency),
        "COUNTRY facility in " + currency + " for " + country, "COUNTRY limit for " + country, product, amount,
        currency);
  }

  /**
   * Holds {@code amount} on one named facility — a programme's own limit, where the core enterprise's other
   * facilities of the same kind must not serve — as {@link #reserve(String, String, FacilityKind, String, BigDecimal,
   * String)} does.
   */
  @Transactional
  public Reservation reserveOn(String applicationId, String facilityId, String product, BigDecimal amount,
      String currency) {
    return reserve(applicationId, facilities.findById(facilityId).filter(f -> f.getCurrency().equals(currency))
        .stream().toList(), "facility " + facilityId + " in " + currency, "limit on " + facilityId, product, amount,
        currency);
  }

  private Reservation reserve(String applicationId, List<CreditFacility> found, String facilityName,
      String limitName, String product, BigDecimal amount, String currency) {
    BigDecimal exact = Money.of(amount, currency);
    LocalDate today = LocalDate.now(clock);
    List<CreditFacility> candidates = found.stream()
        .filter(f -> f.getProduct() == null || f.getProduct().equalsIgnoreCase(product))
        .filter(f -> !f.isExpiredOn(today))
        .sorted(Comparator.comparing(CreditFacility::getAvailable).reversed())
        .toList();
    for (LimitReservation held : reservations.findByApplicationId(applicationId)) {
      if (held.getState() != ReservationState.RELEASED
          && candidates.stream().anyMatch(f -> f.getId().equals(held.getFacilityId()))) {
        return new Reservation(true, held.getFacilityId(), held.getId(), null);
      }
    }
    if (candidates.isEmpty()) {
      return Reservation.refused("No live " + facilityName);
    }
    for (CreditFacility facility : candidates) {
      boolean taken = facilities.take(facility.getId(), exact, today) == 1;
      entityManager.detach(facility); // its utilisation is the row's now: read afresh when next asked for
      if (taken) {
        String holdId = Ids.next();
        reservations.hold(holdId, facility.getId(), applicationId, exact, Instant.now(clock));
        return new Reservation(true, facility.getId(), holdId, null);
      }
    }
    BigDecimal available = candidates.stream().map(CreditFacility::getAvailable).max(Comparator.naturalOrder())
        .orElse(BigDecimal.ZERO);
    return Reservation.refused("Not enough " + limitName + ": requested " + exact + " "
        + currency + ", available " + available + " " + currency);
  }

  /**
   * Holds {@code amount} more on every facility the application holds already — an increase of what it secures, such
   * as a letter of credit's amendment — all or nothing: when one facility has not enough available, nothing more is
   * held and the refusal says which.
   */
  @Transactional
  public Reservation increase(String applicationId, BigDecimal amount, String currency) {
    BigDecimal exact = Money.of(amount, currency);
    LocalDate today = LocalDate.now(clock);
    List<LimitReservation> live = reservations.findByApplicationId(applicationId).stream()
        .filter(held -> held.getState() != ReservationState.RELEASED).toList();
    if (live.isEmpty()) {
      return Reservation.refused("Application " + applicationId + " holds no limit to increase");
    }
    List<LimitReservation> enlarged = new ArrayList<>();
    for (LimitReservation held : live) {
      if (facilities.take(held.getFacilityId(), exact, today) != 1) {
        for (LimitReservation done : enlarged) { // all or nothing: give back what this call took
          facilities.giveBack(done.getFacilityId(), exact);
          reservations.reduce(done.getId(), exact, Instant.now(clock));
        }
        BigDecimal available = facilities.findById(held.getFacilityId()).map(CreditFacility::getAvailable)
            .orElse(BigDecimal.ZERO);
        return Reservation.refused("Not enough limit on facility " + held.getFacilityId() + ": requested " + exact
            + " " + currency + " more, available " + available + " " + currency);
      }
      reservations.enlarge(held.getId(), exact, Instant.now(clock));
      enlarged.add(held);
    }
    return new Reservation(true, live.get(0).getFacilityId(), live.get(0).getId(), null);
  }

  /** Marks every hold of the application as drawn (the money went out); utilisation stays. */
  @Transactional
  public void consume(String applicationId) {
    reservations.transitionAll(applicationId, ReservationState.RESERVED.name(), ReservationState.CONSUMED.name(),
        Instant.now(clock));
  }

  /**
   * Gives back every hold or drawing of the application (rejection, cancellation, repayment). Idempotent:
   * a hold already released, by this call or a concurrent one, is not given back twice.
   */
  @Transactional
  public void release(String applicationId) {
    for (LimitReservation held : reservations.findByApplicationId(applicationId)) {
      for (ReservationState from : List.of(ReservationState.RESERVED, ReservationState.CONSUMED)) {
        if (reservations.transition(held.getId(), from.name(), ReservationState.RELEASED.name(), Instant.now(clock)) == 1) {
          if (facilities.giveBack(held.getFacilityId(), held.getAmount()) != 1) {
            throw new IllegalStateException("Facility " + held.getFacilityId() + " utilisation is below the hold "
                + held.getId() + " being released");
          }
        }
      }
    }
  }

  /**
   * Gives back {@code amount} on every facility the application holds — one part of it repaid, such as one
   * instrument of several — and releases a hold given back in full. Each move is a conditional row update.
   */
  @Transactional
  public void releasePart(String applicationId, BigDecimal amount) {
    for (LimitReservation held : reservations.findByApplicationId(applicationId)) {
      if (held.getState() == ReservationState.RELEASED) {
        continue;
      }
      if (reservations.reduce(held.getId(), amount, Instant.now(clock)) != 1) {
        throw new IllegalStateException("Hold " + held.getId() + " of " + applicationId + " holds less than " + amount);
      }
      if (facilities.giveBack(held.getFacilityId(), amount) != 1) {
        throw new IllegalStateException("Facility " + held.getFacilityId() + " utilisation is below " + amount);
      }
      if (held.getAmount().compareTo(amount) == 0) {
        reservations.transition(held.getId(), held.getState().name(), ReservationState.RELEASED.name(),
            Instant.now(clock));
      }
    }
  }

  /**
   * What an application still holds on each facility it holds (the least of them, when it holds several for the same
   * risk, such as a bank's and its country's limit); zero when it holds nothing.
   */
  @Transactional(readOnly = true)
  public BigDecimal held(String applicationId) {
    return reservations.findByApplicationId(applicationId).stream()
        .filter(reservation -> reservation.getState() != ReservationState.RELEASED)
        .map(LimitReservation::getAmount).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
  }

  @Transactional(readOnly = true)
  public List<LimitReservation> reservationsOf(String applicationId) {
    return reservations.findByApplicationId(applicationId);
  }

  /** A live hold (reserved or drawn) of an application on a facility. */
  public record LiveHold(String applicationId, String facilityId, BigDecimal amount) {}

  /** A facility's utilisation and the sum of its live holds, which it must equal. */
  public record Utilisation(String facilityId, String currency, BigDecimal utilised, BigDecimal held) {}

  /** Every live hold of every application, in one statement (reconciliation). */
  @Transactional(readOnly = true)
  public List<LiveHold> liveHolds() {
    return reservations.findAllLive();
  }

  /** Every facility's utilisation beside the sum of its live holds, in one statement (reconciliation). */
  @Transactional(readOnly = true)
  public List<Utilisation> utilisations() {
    return facilities.findAllUtilisations();
  }
}
