package com.scfengine.supplychainfinance;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, String> {}
