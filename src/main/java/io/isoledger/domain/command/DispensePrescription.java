package io.isoledger.domain.command;

import java.time.LocalDate;

/** A pharmacist hands a prescription's capsules over (R22, R23; R4 and R8 again on that day). */
public record DispensePrescription(
        String patientId, String prescriptionId, LocalDate dispensedOn, String pharmacyId, int quantity)
        implements Command {}
