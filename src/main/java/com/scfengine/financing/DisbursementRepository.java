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

  /** Every recorded booking, as applications' keys and booking ids: one statement for all of them. */
  @Query("""
      select new com.scfengine.financing.RecordedBooking(d.applicationId, d.idempotencyKey, 'DISBURSEMENT', d.bookingId)
        from Disbursement d""")
  List<RecordedBooking> findAllRecorded();
}
