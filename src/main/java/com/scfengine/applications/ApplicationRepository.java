package com.scfengine.applications;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<FinancingApplication, String>,
    JpaSpecificationExecutor<FinancingApplication> {

  /** Every application's id, product, status and instance: one statement, no entity loaded. */
  @Query("""
      select new com.scfengine.applications.ApplicationState(a.id, a.product, a.status, a.processInstanceId)
        from FinancingApplication a order by a.id""")
  List<ApplicationState> findAllStates();
}
