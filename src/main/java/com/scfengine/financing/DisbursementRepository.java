package com.scfengine.financing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisbursementRepository extends JpaRepository<Disbursement, String> {
  Optional<Disbursement> findByIdempotencyKey(String idempotencyKey);

  List<Disbursement> findByApplicationId(String applicationId);
}
