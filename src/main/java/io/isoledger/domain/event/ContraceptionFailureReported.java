package io.isoledger.domain.event;

import io.isoledger.domain.ContraceptionFailureKind;
import java.time.LocalDate;

/** A missed pill, a broken condom, ...: a blocking R18 alert follows during and after a course. */
public record ContraceptionFailureReported(
        String patientId, LocalDate occurredOn, ContraceptionFailureKind kind, String notes) implements Event {}
