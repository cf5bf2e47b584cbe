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

  Optional<Enterprise> findFirstByBicStartingWith(String bic8);

  Optional<Enterprise> findFirstByNameIgnoreCaseAndRole(String name, EnterpriseRole role);

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
