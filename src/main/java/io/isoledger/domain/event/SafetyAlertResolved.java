package io.isoledger.domain.event;

import java.time.LocalDate;

public record SafetyAlertResolved(
        String patientId, String alertId, String resolvedBy, String note, LocalDate resolvedOn) implements Event {}
