package io.isoledger.domain;

import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.command.AssessEligibility;
import io.isoledger.domain.command.IssuePrescription;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.rules.DispensingRules;
import io.isoledger.domain.rules.PrescriptionRules;
import io.isoledger.domain.rules.ProcedureSignals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Issuing a prescription: the {@link PrescriptionRules} (R1-R8, R15-R17) judge it, a course that
 * lapsed before it ends first (R20), {@link DispensingRules} dates its window (R22), and the issued
 * supply may bring scheduled procedures into the course ({@link ProcedureSignals}, R12). The
 * {@link PrescriptionIssued} event is folded by {@link CourseFold#prescriptionIssued}.
 */
record PrescribingDecisions(PatientState state, Policy policy) {

    Decision issuePrescription(IssuePrescription c) {
        if (state.hasPrescription(c.prescriptionId())) {
            return Rejected.because(
                    Rejection.ALREADY_EXISTS, "Prescription " + c.prescriptionId() + " was already issued.");
        }
        List<Violation> violations = PrescriptionRules.check(c, state, policy);
        if (!violations.isEmpty()) {
            return new Rejected(Rejection.RULE_VIOLATION, "The prescription breaks clinical rules.", violations);
        }
        List<Event> facts = new ArrayList<>();
        if (state.course().lapsesBefore(c.startsOn(), policy)) {
            LocalDate lastSupplied = state.course().lastPrescribedDay().orElseThrow();
            facts.add(CourseDecisions.ended(c.patientId(), lastSupplied, TreatmentEndReason.LAPSED, state, policy));
        }
        facts.add(issued(c));
        PatientState after = Evolver.evolveAll(state, facts);
        return new Accepted(
                Alerts.after(state, facts, ProcedureSignals.of(state, after, policy, c.issuedOn()), c.issuedOn()));
    }

    /** The prescription rules about the patient alone: what {@link #issuePrescription} would say of them. */
    Decision assessEligibility(AssessEligibility c) {
        List<Violation> violations = PrescriptionRules.eligibility(state, c.on(), policy);
        return violations.isEmpty()
                ? new Accepted(List.of())
                : new Rejected(
                        Rejection.RULE_VIOLATION, "A prescription on " + c.on() + " would be rejected.", violations);
    }

    private PrescriptionIssued issued(IssuePrescription c) {
        int dailyDose = c.dailyDoseMg();
        return new PrescriptionIssued(
                c.patientId(),
                c.prescriptionId(),
                c.strengthMg(),
                c.capsulesPerDay(),
                dailyDose,
                c.daysSupply(),
                dailyDose * c.daysSupply(),
                c.startsOn(),
                c.startsOn().plusDays(c.daysSupply() - 1L),
                c.issuedOn(),
                c.prescriberId(),
                DispensingRules.dispenseBy(c, state, policy));
    }
}
