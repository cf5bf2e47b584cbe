package com.scfengine.supplychainfinance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProgrammeSupplierRepository extends JpaRepository<ProgrammeSupplier, String> {

  @Query("select s from ProgrammeSupplier s where s.programmeId = :programme order by s.supplierId")
  List<ProgrammeSupplier> findByProgrammeId(@Param("programme") String programmeId);
}
