package io.isoledger.domain.command;

import java.time.LocalDate;

/**
 * Records the expiry of every supply whose dispensing window closed before {@code today} (R22).
 * The event log sends it itself, on a schedule and before a patient's next command; no client does.
 */
public record ExpireSupplies(String patientId, LocalDate today) implements Command {}
