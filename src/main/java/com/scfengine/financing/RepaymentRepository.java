package com.scfengine.financing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RepaymentRepository extends JpaRepository<Repayment, String> {
  Optional<Repayment> findByIdempotencyKey(String idempotencyKey);

  List<Repayment> findByApplicationId(String applicationId);
}
