package io.isoledger.domain.command;

import io.isoledger.domain.TreatmentEndReason;
import java.time.LocalDate;

/** {@code recordedOn}: the clinic's date when the end is recorded; R21 refuses an end after it. */
public record EndTreatment(String patientId, LocalDate endedOn, TreatmentEndReason reason, LocalDate recordedOn)
        implements Command {}
