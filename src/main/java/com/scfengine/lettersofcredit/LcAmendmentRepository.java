package com.scfengine.lettersofcredit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LcAmendmentRepository extends JpaRepository<LcAmendment, String> {

  @Query("select a from LcAmendment a where a.lcId = :lcId order by a.number")
  List<LcAmendment> findByLcIdOrderByNumber(@Param("lcId") String lcId);

  @Query("select a from LcAmendment a where a.lcId = :lcId and a.number = :number")
  Optional<LcAmendment> findByLcIdAndNumber(@Param("lcId") String lcId, @Param("number") int number);
}
