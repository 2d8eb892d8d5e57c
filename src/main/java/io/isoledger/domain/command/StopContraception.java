package io.isoledger.domain.command;

import io.isoledger.domain.ContraceptionMethod;
import java.time.LocalDate;
import java.util.Set;

public record StopContraception(String patientId, Set<ContraceptionMethod> methods, LocalDate stoppedOn)
        implements Command {}
