/**
 * The engine plugins: each changes one thing in how the engine works, through Camunda's internal ({@code impl}) API:
 * the model validation in front of every deployment ({@link ModelValidationPlugin}), the job acquisition index and
 * due dates ({@link JobAcquisitionIndex}), task list pages that stop early ({@link TaskListPages}), FEEL parsed
 * once per text ({@link ParsedFeelCache}), the history that keeps the application's terms once
 * ({@link CalledProcessHistory}), row conflicts seen as the engine's own ({@link ConcurrencyConflicts}) and the node's
 * own job locks, released when it starts again after a crash ({@link NodeJobLocks}). Outside
 * this package the internal API is used only where a rule needs the engine's own context: four eyes on a task, the
 * product start grants made in the deploy command, the catalogue's light definition lookup.
 */
package com.scfengine.platform.engine;
