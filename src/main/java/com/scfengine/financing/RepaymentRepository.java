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

  /** Every recorded booking, as applications' keys and booking ids: one statement for all of them. */
  @Query("""
      select new com.scfengine.financing.RecordedBooking(r.applicationId, r.idempotencyKey, r.kind, r.bookingId)
        from Repayment r""")
  List<RecordedBooking> findAllRecorded();
}
