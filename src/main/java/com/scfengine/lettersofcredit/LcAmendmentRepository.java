package com.scfengine.lettersofcredit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LcAmendmentRepository extends JpaRepository<LcAmendment, String> {

  List<LcAmendment> findByLcIdOrderByNumber(String lcId);

  Optional<LcAmendment> findByLcIdAndNumber(String lcId, int number);
}
