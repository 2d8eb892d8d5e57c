package io.isoledger.domain.command;

import java.time.LocalDate;

public record IssuePrescription(
        String patientId,
        String prescriptionId,
        int strengthMg,
        int capsulesPerDay,
        int daysSupply,
        LocalDate startsOn,
        LocalDate issuedOn,
        String prescriberId)
        implements Command {
    public int dailyDoseMg() {
        return strengthMg * capsulesPerDay;
    }
}
