package io.isoledger.domain.command;

import java.time.LocalDate;

public record ResolveAlert(String patientId, String alertId, String resolvedBy, String note, LocalDate resolvedOn)
        implements Command {}
