package io.isoledger.domain.command;

import io.isoledger.domain.ReproductiveStatus;
import java.time.LocalDate;

public record DeclareReproductiveStatus(String patientId, ReproductiveStatus status, LocalDate declaredOn)
        implements Command {}
