package io.isoledger.domain.event;

import io.isoledger.domain.ContraceptionMethod;
import java.time.LocalDate;
import java.util.Set;

/** The methods are no longer in use from {@code stoppedOn} (R5). */
public record ContraceptionStopped(String patientId, Set<ContraceptionMethod> methods, LocalDate stoppedOn)
        implements Event {}
