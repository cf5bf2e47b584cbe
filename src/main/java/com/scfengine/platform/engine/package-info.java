/**
 * The only place that touches Camunda engine internals ({@code impl} packages): the plugin that puts the
 * model validation in front of every deployment, and the one that adds the job acquisition index.
 * Everything else uses Camunda's public API, so that a move to a community fork of Camunda 7 stays a
 * dependency change.
 */
package com.scfengine.platform.engine;
