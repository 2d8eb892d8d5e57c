package io.isoledger.domain.event;

import java.time.LocalDate;

/**
 * A prescription the {@link io.isoledger.domain.rules.PrescriptionRules} allowed; the {@link
 * io.isoledger.domain.Evolver} adds its supply to the patient's course. {@code dispenseBy}: the last day it may be dispensed (R22); null on prescriptions issued before
 * dispensing was recorded, which count as handed over.
 */
public record PrescriptionIssued(
        String patientId,
        String prescriptionId,
        int strengthMg,
        int capsulesPerDay,
        int dailyDoseMg,
        int daysSupply,
        int totalMg,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate issuedOn,
        String prescriberId,
        LocalDate dispenseBy)
        implements Event {}
