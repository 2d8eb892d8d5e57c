package io.isoledger.domain.event;

import io.isoledger.domain.ContraceptionMethod;
import java.time.LocalDate;
import java.util.Set;

/** The methods are in use from {@code startedOn}, and a clinician confirmed so on {@code confirmedOn} (R5). */
public record ContraceptionConfirmed(
        String patientId, Set<ContraceptionMethod> methods, LocalDate startedOn, LocalDate confirmedOn)
        implements Event {}
