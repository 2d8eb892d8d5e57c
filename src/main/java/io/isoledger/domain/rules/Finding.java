package io.isoledger.domain.rules;

/** What a recorded fact reveals that a clinician must look at: it becomes a SafetyAlertRaised. */
public record Finding(String rule, boolean blocking, String reason) {}
