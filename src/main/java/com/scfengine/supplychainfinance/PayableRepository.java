package com.scfengine.supplychainfinance;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PayableRepository extends JpaRepository<Payable, String> {

  @Query("select p from Payable p where p.programmeId = :programme and (:supplier is null or p.supplierId = :supplier)"
      + " order by p.dueDate, p.id")
  Page<Payable> findPage(@Param("programme") String programmeId, @Param("supplier") String supplierId,
      Pageable page);

  @Query("select p from Payable p where p.uploadId = :upload order by p.id")
  List<Payable> findByUploadId(@Param("upload") String uploadId);

  @Query("select p from Payable p where p.dueDate <= :day and p.status = :status order by p.dueDate, p.id")
  List<Payable> findDue(@Param("day") LocalDate day, @Param("status") Payable.Status status);
}
