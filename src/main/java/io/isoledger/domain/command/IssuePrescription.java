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
    @Override
    public <R> R accept(Command.Handler<R> handler) {
        return handler.issuePrescription(this);
    }

    public int dailyDoseMg() {
        return strengthMg * capsulesPerDay;
    }
}
