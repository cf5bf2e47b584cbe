package com.scfengine.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReceivableRepository extends JpaRepository<Receivable, String> {

  Optional<Receivable> findByActiveKey(String activeKey);

  List<Receivable> findByFingerprintAndStateIn(String fingerprint, List<ReceivableState> states);

  List<Receivable> findByApplicationId(String applicationId);
}
