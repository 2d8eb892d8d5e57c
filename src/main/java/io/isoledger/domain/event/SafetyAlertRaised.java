package io.isoledger.domain.event;

import java.time.LocalDate;

/** R4, R9, R10, R12, R18, R19: a finding a clinician must look at; a blocking one stops prescriptions (R8). */
public record SafetyAlertRaised(
        String patientId, String alertId, String rule, boolean blocking, String reason, LocalDate raisedOn)
        implements Event {}
