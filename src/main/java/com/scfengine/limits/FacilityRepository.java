package com.scfengine.limits;

import jakarta.persistence.QueryHint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

/**
 * The finders are JPQL rather than derived from their names, here and in the other repositories: Hibernate caches
 * the translation of a JPQL string, and translates a derived (criteria) query again on every call — a twentieth
 * of the straight-through path's CPU.
 */
interface FacilityRepository extends JpaRepository<CreditFacility, String> {

  @Query("select f from CreditFacility f where f.enterpriseId = :enterprise order by f.createdAt")
  List<CreditFacility> findByEnterpriseIdOrderByCreatedAt(@Param("enterprise") String enterpriseId);

  @Query("select f from CreditFacility f where f.enterpriseId = :enterprise and f.kind = :kind and f.currency = :currency")
  List<CreditFacility> findByEnterpriseIdAndKindAndCurrency(@Param("enterprise") String enterpriseId,
      @Param("kind") FacilityKind kind, @Param("currency") String currency);

  @Query("select f from CreditFacility f where f.kind = :kind and f.country = :country and f.currency = :currency")
  List<CreditFacility> findByKindAndCountryAndCurrency(@Param("kind") FacilityKind kind,
      @Param("country") String country, @Param("currency") String currency);

  /** Per kind and currency: the number of facilities, the sum of their limits and of what they have utilised. */
  @Query("""
      select new com.scfengine.limits.Facilities$Totals(f.kind, f.currency, count(f), sum(f.limit), sum(f.utilised))
        from CreditFacility f group by f.kind, f.currency""")
  List<Facilities.Totals> totalsByKindAndCurrency();

  /**
   * Takes {@code amount} only if it fits under the limit and the facility is live: one atomic row update. The caller
   * detaches the facility it read (Limits): clearing the whole persistence context here made the step read the
   * application again. The update names the one table it touches, so Hibernate flushes only pending changes to
   * facilities before it, not the whole step's (a native query without its tables flushes everything: the
   * application's record was then written twice in the step that rates, decides and reserves).
   */
  @Modifying
  @QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "credit_facility"))
  @Query(value = """
      update credit_facility set utilised = utilised + :amount, version = version + 1
       where id = :id and utilised + :amount <= limit_amount and expiry >= :today""", nativeQuery = true)
  int take(@Param("id") String id, @Param("amount") BigDecimal amount, @Param("today") LocalDate today);

  /** Gives {@code amount} back, never below zero. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(value = """
      update credit_facility set utilised = utilised - :amount, version = version + 1
       where id = :id and utilised >= :amount""", nativeQuery = true)
  int giveBack(@Param("id") String id, @Param("amount") BigDecimal amount);

  /** Per facility, its utilisation beside the sum of its live holds: one statement for every facility. */
  @Query("""
      select new com.scfengine.limits.Limits$Utilisation(f.id, f.currency, f.utilised,
          (select coalesce(sum(r.amount), 0) from LimitReservation r where r.facilityId = f.id and r.state in (
            com.scfengine.limits.ReservationState.RESERVED, com.scfengine.limits.ReservationState.CONSUMED)))
        from CreditFacility f order by f.id""")
  List<Limits.Utilisation> findAllUtilisations();
}
