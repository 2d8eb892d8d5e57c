package io.isoledger.domain.command;

import java.time.LocalDate;

/**
 * Asks which rules would block a prescription starting and issued on {@code on}; decided like
 * IssuePrescription but never appended. Rules about the prescription's own numbers (R1, R7's
 * strength and dose) need a prescription and are not checked.
 */
public record AssessEligibility(String patientId, LocalDate on) implements Command {}
