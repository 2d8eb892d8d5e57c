package io.isoledger.domain.command;

import io.isoledger.domain.ProcedureKind;
import java.time.LocalDate;

public record ScheduleProcedure(String patientId, String procedureId, ProcedureKind kind, LocalDate scheduledOn)
        implements Command {}
