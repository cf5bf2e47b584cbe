package com.scfengine.products.redeploy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code scf.models.*}: hot redeploy of the repository's models. With {@code watch: true} and the folders
 * {@code ./processes} and {@code ./forms} present (the application runs from a checkout), a model saved there
 * is deployed again once it has stayed unchanged for one {@code poll-interval}.
 */
@ConfigurationProperties(prefix = "scf.models")
public record ModelsProperties(boolean watch, @DefaultValue("PT1S") Duration pollInterval) {}
