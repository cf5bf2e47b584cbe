/**
 * The product's meters for the bank's platform team, read at {@code /actuator/prometheus} by members of
 * {@code monitoring} and {@code camunda-admin}: applications started, decided (straight through or by people) and
 * finished per product; the open tasks and the age of the oldest per candidate group; incidents; the job
 * executor's backlog; every call through a port to an outside system, timed per port and outcome; limit utilisation
 * per facility kind. Counters count after commit; gauges are read from the database on a schedule, as the system.
 */
@ApplicationModule(displayName = "Observability")
package com.scfengine.observability;

import org.springframework.modulith.ApplicationModule;
