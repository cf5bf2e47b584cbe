package com.scfengine.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code scf.api.*}: the largest request bodies {@code /api} reads. {@code maxBodySize} for every JSON body;
 * {@code maxUploadSize} for a programme's payables upload (JSON or CSV, at most 20,000 payables). Multipart bodies
 * (product bundles) have Spring Boot's {@code spring.servlet.multipart.max-request-size} and {@code max-file-size}.
 */
@ConfigurationProperties(prefix = "scf.api")
public record BodyLimitProperties(
    @DefaultValue("1MB") DataSize maxBodySize,
    @DefaultValue("10MB") DataSize maxUploadSize) {}
