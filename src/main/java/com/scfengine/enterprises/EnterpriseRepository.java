package com.scfengine.enterprises;

import jakarta.persistence.QueryHint;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface EnterpriseRepository extends JpaRepository<Enterprise, String> {

  @Query("select e from Enterprise e where e.bic like concat(:bic8, '%') order by e.id limit 1")
  Optional<Enterprise> findFirstByBicStartingWith(@Param("bic8") String bic8);

  @Query("select e from Enterprise e where lower(e.name) = lower(:name) and e.role = :role order by e.id limit 1")
  Optional<Enterprise> findFirstByNameIgnoreCaseAndRole(@Param("name") String name, @Param("role") EnterpriseRole role);

  /**
   * A new rating, in one statement and without the entity's version: concurrent applications of one party never
   * collide over its record. Names its table, so Hibernate flushes nothing else before it.
   */
  @Modifying
  @QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "enterprise"))
  @Query(value = "update enterprise set rating_grade = :grade, probability_of_default = :pd, rated_at = :at where id = :id",
      nativeQuery = true)
  int rate(@Param("id") String id, @Param("grade") String grade, @Param("pd") BigDecimal probabilityOfDefault,
      @Param("at") Instant at);
}
