package io.isoledger.domain;

import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.PHARMACY;
import static io.isoledger.domain.Fixtures.PRESCRIBER;

import io.isoledger.domain.command.DispensePrescription;
import io.isoledger.domain.command.IssuePrescription;
import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionIssued;
import java.time.LocalDate;

/** A prescription of the decider specs under construction ({@link Fixtures#rx()}); each wither changes one field. */
record Rx(
        String prescriptionId,
        int strengthMg,
        int capsulesPerDay,
        int daysSupply,
        LocalDate startsOn,
        LocalDate issuedOn) {

    Rx id(String id) {
        return new Rx(id, strengthMg, capsulesPerDay, daysSupply, startsOn, issuedOn);
    }

    Rx strength(int mg) {
        return new Rx(prescriptionId, mg, capsulesPerDay, daysSupply, startsOn, issuedOn);
    }

    Rx capsulesPerDay(int capsules) {
        return new Rx(prescriptionId, strengthMg, capsules, daysSupply, startsOn, issuedOn);
    }

    Rx daysSupply(int days) {
        return new Rx(prescriptionId, strengthMg, capsulesPerDay, days, startsOn, issuedOn);
    }

    /** Issued and starting on the same day. */
    Rx issuedOn(LocalDate day) {
        return new Rx(prescriptionId, strengthMg, capsulesPerDay, daysSupply, day, day);
    }

    Rx startsOn(LocalDate day) {
        return new Rx(prescriptionId, strengthMg, capsulesPerDay, daysSupply, day, issuedOn);
    }

    IssuePrescription command() {
        return new IssuePrescription(
                PATIENT, prescriptionId, strengthMg, capsulesPerDay, daysSupply, startsOn, issuedOn, PRESCRIBER);
    }

    /**
     * The event of an earlier, accepted prescription, for a history, taken as handed over (no
     * dispensing window); specs spell their expected events out.
     */
    PrescriptionIssued issued() {
        return issued(null);
    }

    /** The event of an earlier prescription waiting at the pharmacy until {@code dispenseBy} (R22). */
    PrescriptionIssued issued(LocalDate dispenseBy) {
        int dailyDose = strengthMg * capsulesPerDay;
        return new PrescriptionIssued(
                PATIENT,
                prescriptionId,
                strengthMg,
                capsulesPerDay,
                dailyDose,
                daysSupply,
                dailyDose * daysSupply,
                startsOn,
                startsOn.plusDays(daysSupply - 1L),
                issuedOn,
                PRESCRIBER,
                dispenseBy);
    }

    /** The capsules prescribed: capsules per day times the days of supply (R23). */
    int capsules() {
        return capsulesPerDay * daysSupply;
    }

    /** Every capsule of this prescription handed over on {@code day} (R22, R23). */
    DispensePrescription dispense(LocalDate day) {
        return dispense(day, capsules());
    }

    DispensePrescription dispense(LocalDate day, int quantity) {
        return new DispensePrescription(PATIENT, prescriptionId, day, PHARMACY, quantity);
    }

    PrescriptionDispensed dispensed(LocalDate day) {
        return new PrescriptionDispensed(PATIENT, prescriptionId, day, PHARMACY, capsules());
    }
}
