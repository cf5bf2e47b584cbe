package com.scfengine.applications;

/** An application's id, product, status and process instance — what a check of every application compares. */
public record ApplicationState(String id, String product, ApplicationStatus status, String processInstanceId) {}
