package com.scfengine.limits;

import jakarta.persistence.QueryHint;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface ReservationRepository extends JpaRepository<LimitReservation, String> {

  @Query("select r from LimitReservation r where r.applicationId = :application")
  List<LimitReservation> findByApplicationId(@Param("application") String applicationId);

  /**
   * Writes a new hold at once, in the statement after the take it records ({@link Limits}): the two are never apart,
   * not even when the database gives up the step's transaction between them. Left to the step's flush, the hold
   * would be written at the commit, after everything else the step did.
   */
  @Modifying
  @QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "limit_reservation"))
  @Query(value = """
      insert into limit_reservation (id, facility_id, application_id, amount, state, created_at, updated_at)
      values (:id, :facility, :application, :amount, 'RESERVED', :now, :now)""", nativeQuery = true)
  int hold(@Param("id") String id, @Param("facility") String facilityId, @Param("application") String applicationId,
      @Param("amount") BigDecimal amount, @Param("now") Instant now);

  /** Moves a reservation from one state to another; 0 when another request moved it first. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(value = "update limit_reservation set state = :to, updated_at = :now where id = :id and state = :from",
      nativeQuery = true)
  int transition(@Param("id") String id, @Param("from") String from, @Param("to") String to, @Param("now") Instant now);

  /** Takes {@code amount} off a live reservation's amount; 0 when it holds less, or is released. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(value = """
      update limit_reservation set amount = amount - :amount, updated_at = :now
       where id = :id and amount >= :amount and state in ('RESERVED', 'CONSUMED')""", nativeQuery = true)
  int reduce(@Param("id") String id, @Param("amount") BigDecimal amount, @Param("now") Instant now);

  /** Adds {@code amount} to a live reservation (an increase of what it secures). */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(value = """
      update limit_reservation set amount = amount + :amount, updated_at = :now
       where id = :id and state in ('RESERVED', 'CONSUMED')""", nativeQuery = true)
  int enlarge(@Param("id") String id, @Param("amount") BigDecimal amount, @Param("now") Instant now);

  /** Moves every reservation of the application in state {@code from} to {@code to}: one statement, no read first. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(value = """
      update limit_reservation set state = :to, updated_at = :now
       where application_id = :application and state = :from""", nativeQuery = true)
  int transitionAll(@Param("application") String applicationId, @Param("from") String from, @Param("to") String to,
      @Param("now") Instant now);

  /** Every hold still live (reserved or drawn): one statement. The states are literals (a cached translation). */
  @Query("""
      select new com.scfengine.limits.Limits$LiveHold(r.applicationId, r.facilityId, r.amount)
        from LimitReservation r where r.state in (
          com.scfengine.limits.ReservationState.RESERVED, com.scfengine.limits.ReservationState.CONSUMED)""")
  List<Limits.LiveHold> findAllLive();
}
