package io.isoledger.domain.event;

import io.isoledger.domain.ProcedureKind;
import io.isoledger.domain.Violation;
import java.time.LocalDate;
import java.util.List;

/** R12: {@code conflicts} names every rule the date breaks; scheduling is recorded either way. */
public record ProcedureScheduled(
        String patientId,
        String procedureId,
        ProcedureKind kind,
        LocalDate scheduledOn,
        boolean conflict,
        List<Violation> conflicts)
        implements Event {}
