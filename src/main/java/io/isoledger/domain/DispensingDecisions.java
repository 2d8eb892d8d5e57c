package io.isoledger.domain;

import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.command.DispensePrescription;
import io.isoledger.domain.command.ExpireSupplies;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.prescribing.Supply;
import io.isoledger.domain.rules.DispensingRules;
import java.util.List;
import java.util.Optional;

/**
 * The supplies of the current course handed over ({@link DispensingRules}: R22, R23, R4 and R8 on
 * the day) or expired (R22). The events are folded by {@link CourseFold}.
 */
record DispensingDecisions(PatientState state, Policy policy) {

    Decision dispense(DispensePrescription c) {
        Optional<Supply> supply =
                state.course().inProgress() ? state.course().supply(c.prescriptionId()) : Optional.empty();
        if (supply.isEmpty()) {
            return state.hasPrescription(c.prescriptionId())
                    ? Rejected.because(
                            Rejection.INVALID_STATE,
                            "Prescription " + c.prescriptionId() + " belongs to an ended course.")
                    : Rejected.because(
                            Rejection.NOT_FOUND,
                            "Patient " + c.patientId() + " has no prescription " + c.prescriptionId() + ".");
        }
        if (supply.get().status() == Supply.Status.DISPENSED) {
            return Rejected.because(
                    Rejection.ALREADY_EXISTS, "Prescription " + c.prescriptionId() + " was already dispensed.");
        }
        List<Violation> violations = DispensingRules.check(c, supply.get(), state, policy);
        if (!violations.isEmpty()) {
            return new Rejected(
                    Rejection.RULE_VIOLATION,
                    "The prescription may not be dispensed on " + c.dispensedOn() + ".",
                    violations);
        }
        return Accepted.of(new PrescriptionDispensed(
                c.patientId(), c.prescriptionId(), c.dispensedOn(), c.pharmacyId(), c.quantity()));
    }

    /** Idempotent: a supply already expired or dispensed is left alone. */
    Decision expire(ExpireSupplies c) {
        return new Accepted(state.course().overdueOn(c.today()).stream()
                .map(s -> (Event) new PrescriptionExpired(
                        c.patientId(), s.prescriptionId(), s.dispenseBy().plusDays(1)))
                .toList());
    }
}
