package com.scfengine.financing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DisbursementRepository extends JpaRepository<Disbursement, String> {
  @Query("select d from Disbursement d where d.idempotencyKey = :key")
  Optional<Disbursement> findByIdempotencyKey(@Param("key") String idempotencyKey);

  @Query("select d from Disbursement d where d.applicationId = :application")
  List<Disbursement> findByApplicationId(@Param("application") String applicationId);
}
