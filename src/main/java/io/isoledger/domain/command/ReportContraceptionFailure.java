package io.isoledger.domain.command;

import io.isoledger.domain.ContraceptionFailureKind;
import java.time.LocalDate;

public record ReportContraceptionFailure(
        String patientId, LocalDate occurredOn, ContraceptionFailureKind kind, String notes) implements Command {}
