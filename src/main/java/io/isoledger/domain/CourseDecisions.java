package io.isoledger.domain;

import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.command.EndTreatment;
import io.isoledger.domain.command.ResolveAlert;
import io.isoledger.domain.command.ScheduleProcedure;
import io.isoledger.domain.event.ProcedureScheduled;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.rules.ProcedureConflicts;
import io.isoledger.domain.rules.TreatmentEndRule;
import java.time.LocalDate;
import java.util.List;

/**
 * The rest of the course of treatment: its procedures ({@link ProcedureConflicts}, R12), its end
 * ({@link TreatmentEndRule} R21, {@link Restrictions} R13) and the alerts a clinician resolves. Its
 * prescriptions are decided by {@link PrescribingDecisions}, their hand-over by {@link
 * DispensingDecisions}. The events are folded by {@link CourseFold} and {@link AlertFold}.
 */
record CourseDecisions(PatientState state, Policy policy) {

    Decision scheduleProcedure(ScheduleProcedure c) {
        if (state.hasProcedure(c.procedureId())) {
            return Rejected.because(
                    Rejection.ALREADY_EXISTS, "Procedure " + c.procedureId() + " was already scheduled.");
        }
        List<Violation> conflicts = ProcedureConflicts.of(c.kind(), c.scheduledOn(), state, policy);
        return Accepted.of(new ProcedureScheduled(
                c.patientId(), c.procedureId(), c.kind(), c.scheduledOn(), !conflicts.isEmpty(), conflicts));
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
        return Accepted.of(ended(c.patientId(), c.endedOn(), c.reason(), state, policy));
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
        return Accepted.of(
                new SafetyAlertResolved(c.patientId(), c.alertId(), c.resolvedBy(), c.note(), c.resolvedOn()));
    }

    /**
     * R13: the end on {@code lastDay}, its restriction dates counted from it under the policy of the
     * day it is recorded; also the end a lapse (R20) records before a new course.
     */
    static TreatmentEnded ended(
            String patientId, LocalDate lastDay, TreatmentEndReason reason, PatientState state, Policy policy) {
        Restrictions r = Restrictions.after(lastDay, policy, state.canBecomePregnantOn(lastDay));
        return new TreatmentEnded(
                patientId,
                lastDay,
                reason,
                r.contraceptionRequiredUntil(),
                r.bloodDonationAllowedFrom(),
                r.cosmeticProceduresAllowedFrom());
    }
}
