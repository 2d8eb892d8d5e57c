package io.isoledger.domain.command;

import io.isoledger.domain.ContraceptionMethod;
import java.time.LocalDate;
import java.util.Set;

/** {@code confirmedOn}: the day a clinician confirmed the methods are in use (R5's re-confirmation). */
public record ConfirmContraception(
        String patientId, Set<ContraceptionMethod> methods, LocalDate startedOn, LocalDate confirmedOn)
        implements Command {}
