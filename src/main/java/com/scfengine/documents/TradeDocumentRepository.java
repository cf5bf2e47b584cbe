package com.scfengine.documents;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TradeDocumentRepository extends JpaRepository<TradeDocument, String> {
  List<TradeDocument> findByApplicationIdOrderByCheckedAt(String applicationId);
}
