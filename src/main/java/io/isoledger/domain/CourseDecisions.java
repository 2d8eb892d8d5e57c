package io.isoledger.domain;

import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.command.AssessEligibility;
import io.isoledger.domain.command.EndTreatment;
import io.isoledger.domain.command.IssuePrescription;
import io.isoledger.domain.command.ResolveAlert;
import io.isoledger.domain.command.ScheduleProcedure;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.ProcedureScheduled;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.rules.DispensingRules;
import io.isoledger.domain.rules.PrescriptionRules;
import io.isoledger.domain.rules.ProcedureConflicts;
import io.isoledger.domain.rules.ProcedureSignals;
import io.isoledger.domain.rules.TreatmentEndRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The course of treatment: prescriptions (R1-R8, R15-R17, R20), procedures (R12), its end (R13, R21). */
record CourseDecisions(PatientState state, Policy policy) {

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
            facts.add(ended(c.patientId(), lastSupplied, TreatmentEndReason.LAPSED, state));
        }
        int dailyDose = c.dailyDoseMg();
        facts.add(new PrescriptionIssued(
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
                DispensingRules.dispenseBy(c, state, policy)));
        PatientState after = Evolver.evolveAll(state, facts);
        return new Accepted(
                Alerts.after(state, facts, ProcedureSignals.of(state, after, policy, c.issuedOn()), c.issuedOn()));
    }

    Decision assessEligibility(AssessEligibility c) {
        List<Violation> violations = PrescriptionRules.eligibility(state, c.on(), policy);
        return violations.isEmpty()
                ? new Accepted(List.of())
                : new Rejected(
                        Rejection.RULE_VIOLATION, "A prescription on " + c.on() + " would be rejected.", violations);
    }

    Decision scheduleProcedure(ScheduleProcedure c) {
        if (state.hasProcedure(c.procedureId())) {
            return Rejected.because(
                    Rejection.ALREADY_EXISTS, "Procedure " + c.procedureId() + " was already scheduled.");
        }
        List<Violation> conflicts = ProcedureConflicts.of(c.kind(), c.scheduledOn(), state, policy);
        return new Accepted(List.of(new ProcedureScheduled(
                c.patientId(), c.procedureId(), c.kind(), c.scheduledOn(), !conflicts.isEmpty(), conflicts)));
    }

    Decision endTreatment(EndTreatment c) {
        if (state.status() != TreatmentStatus.IN_TREATMENT) {
            return Rejected.because(
                    Rejection.INVALID_STATE,
                    "Patient " + c.patientId() + " has no course in progress (" + state.status() + ").");
        }
        List<Violation> violations = TreatmentEndRule.check(c, state);
        if (!violations.isEmpty()) {
            return new Rejected(Rejection.RULE_VIOLATION, "The end of treatment is not a true date.", violations);
        }
        return new Accepted(List.of(ended(c.patientId(), c.endedOn(), c.reason(), state)));
    }

    Decision resolveAlert(ResolveAlert c) {
        var alert = state.alert(c.alertId());
        if (alert.isEmpty()) {
            return Rejected.because(
                    Rejection.NOT_FOUND, "Patient " + c.patientId() + " has no alert " + c.alertId() + ".");
        }
        if (!alert.get().open()) {
            return Rejected.because(Rejection.INVALID_STATE, "Alert " + c.alertId() + " is already resolved.");
        }
        return new Accepted(
                List.of(new SafetyAlertResolved(c.patientId(), c.alertId(), c.resolvedBy(), c.note(), c.resolvedOn())));
    }

    /** R13: the restriction dates counted from the last day, under the policy of the day it is recorded. */
    private TreatmentEnded ended(String patientId, LocalDate lastDay, TreatmentEndReason reason, PatientState s) {
        Restrictions r = Restrictions.after(lastDay, policy, s.canBecomePregnantOn(lastDay));
        return new TreatmentEnded(
                patientId,
                lastDay,
                reason,
                r.contraceptionRequiredUntil(),
                r.bloodDonationAllowedFrom(),
                r.cosmeticProceduresAllowedFrom());
    }
}
