package io.isoledger.domain.event;

import java.time.LocalDate;

/** The capsules handed over by a pharmacy (R22, R23). */
public record PrescriptionDispensed(
        String patientId, String prescriptionId, LocalDate dispensedOn, String pharmacyId, int quantity)
        implements Event {}
