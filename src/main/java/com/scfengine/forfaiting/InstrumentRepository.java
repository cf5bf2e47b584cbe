package com.scfengine.forfaiting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InstrumentRepository extends JpaRepository<Instrument, String> {

  @Query("select i from Instrument i where i.applicationId = :application order by i.position")
  List<Instrument> findByApplicationId(@Param("application") String applicationId);

  @Query("select i from Instrument i where i.applicationId = :application and i.position = :position")
  Optional<Instrument> findByApplicationIdAndPosition(@Param("application") String applicationId,
      @Param("position") int position);
}
