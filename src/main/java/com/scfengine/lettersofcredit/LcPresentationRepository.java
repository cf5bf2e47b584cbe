package com.scfengine.lettersofcredit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LcPresentationRepository extends JpaRepository<LcPresentation, String> {

  List<LcPresentation> findByLcIdOrderByNumber(String lcId);
}
