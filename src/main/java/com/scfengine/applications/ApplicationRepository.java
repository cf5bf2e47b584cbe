package com.scfengine.applications;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ApplicationRepository extends JpaRepository<FinancingApplication, String>,
    JpaSpecificationExecutor<FinancingApplication> {}
