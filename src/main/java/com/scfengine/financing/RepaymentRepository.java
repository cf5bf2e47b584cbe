package com.scfengine.financing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RepaymentRepository extends JpaRepository<Repayment, String> {
  @Query("select r from Repayment r where r.idempotencyKey = :key")
  Optional<Repayment> findByIdempotencyKey(@Param("key") String idempotencyKey);

  @Query("select r from Repayment r where r.applicationId = :application")
  List<Repayment> findByApplicationId(@Param("application") String applicationId);
}
