package com.scfengine.documents;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TradeDocumentRepository extends JpaRepository<TradeDocument, String> {
  @Query("select d from TradeDocument d where d.applicationId = :application order by d.checkedAt")
  List<TradeDocument> findByApplicationIdOrderByCheckedAt(@Param("application") String applicationId);
}
