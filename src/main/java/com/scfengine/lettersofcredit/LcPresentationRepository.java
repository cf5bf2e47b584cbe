package com.scfengine.lettersofcredit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LcPresentationRepository extends JpaRepository<LcPresentation, String> {

  @Query("select p from LcPresentation p where p.lcId = :lcId order by p.number")
  List<LcPresentation> findByLcIdOrderByNumber(@Param("lcId") String lcId);
}
