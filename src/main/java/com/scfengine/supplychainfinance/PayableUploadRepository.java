package com.scfengine.supplychainfinance;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PayableUploadRepository extends JpaRepository<PayableUpload, String> {

  @Query("select u from PayableUpload u where u.programmeId = :programme and u.contentHash = :hash")
  Optional<PayableUpload> findByContent(@Param("programme") String programmeId, @Param("hash") String contentHash);
}
