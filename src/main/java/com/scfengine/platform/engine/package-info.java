/**
 * The only place that touches Camunda engine internals ({@code impl} packages), one engine plugin per tweak:
 * the model validation in front of every deployment ({@link ModelValidationPlugin}), the job acquisition index and
 * due dates ({@link JobAcquisitionIndex}), task list pages that stop early ({@link TaskListPages}), FEEL parsed
 * once per text ({@link ParsedFeelCache}) and the history that keeps the application's terms once
 * ({@link CalledProcessHistory}). Everything else uses Camunda's public API, so that a move to a community fork of
 * Camunda 7 stays a dependency change.
 */
package com.scfengine.platform.engine;
