package io.isoledger.domain.event;

import java.time.LocalDate;

/** R22: not dispensed in its window; from {@code expiredOn} the supply no longer counts as in hand. */
public record PrescriptionExpired(String patientId, String prescriptionId, LocalDate expiredOn) implements Event {}
