package io.isoledger.domain.event;

import io.isoledger.domain.Reporter;
import io.isoledger.domain.SideEffectTerm;
import java.time.LocalDate;

/** {@code expected}: the initial flare of R11, a known stage of treatment rather than an alert. */
public record SideEffectReported(
        String patientId,
        SideEffectTerm term,
        int grade,
        LocalDate onsetOn,
        Reporter reportedBy,
        String notes,
        boolean expected)
        implements Event {}
