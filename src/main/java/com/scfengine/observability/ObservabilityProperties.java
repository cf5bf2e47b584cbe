package com.scfengine.observability;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code scf.observability}: how often the gauges read the database, and at most how many candidate groups they
 * report (groups come from the deployed models; the bound keeps the series few whatever a model names).
 */
@Validated
@ConfigurationProperties("scf.observability")
record ObservabilityProperties(@NotNull @DefaultValue("30s") Duration gaugeRefresh,
    @Min(1) @Max(500) @DefaultValue("50") int maxCandidateGroups) {}
