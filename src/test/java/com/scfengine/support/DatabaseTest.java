package com.scfengine.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real database and a real HTTP port: H2 by default, MySQL/MariaDB under
 * {@code mvn verify -Pmysql} (tag {@code db}). All such tests share one application context. Metrics are exported
 * as in production ({@code /actuator/prometheus}); Spring Boot's tests leave exporters off unless asked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
public @interface DatabaseTest {}
