package io.isoledger.domain.event;

import io.isoledger.domain.ReproductiveStatus;
import java.time.LocalDate;

public record ReproductiveStatusDeclared(String patientId, ReproductiveStatus status, LocalDate declaredOn)
        implements Event {}
