package com.scfengine.lettersofcredit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LcMessageRepository extends JpaRepository<LcMessage, String> {

  @Query("select m from LcMessage m where m.lcId = :lcId order by m.createdAt, m.id")
  List<LcMessage> findByLcIdOrderByCreatedAtAscIdAsc(@Param("lcId") String lcId);
}
