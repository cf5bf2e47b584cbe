package com.scfengine.lettersofcredit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LcMessageRepository extends JpaRepository<LcMessage, String> {

  List<LcMessage> findByLcIdOrderByCreatedAtAscIdAsc(String lcId);
}
