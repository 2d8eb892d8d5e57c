package io.isoledger.domain;

import io.isoledger.domain.Command.AssessEligibility;
import io.isoledger.domain.Command.ConfirmContraception;
import io.isoledger.domain.Command.DeclareReproductiveStatus;
import io.isoledger.domain.Command.EndTreatment;
import io.isoledger.domain.Command.EnrollPatient;
import io.isoledger.domain.Command.IssuePrescription;
import io.isoledger.domain.Command.RecordBloodTest;
import io.isoledger.domain.Command.RecordConcomitantMedication;
import io.isoledger.domain.Command.RecordPregnancyTest;
import io.isoledger.domain.Command.RecordWeight;
import io.isoledger.domain.Command.ReportSideEffect;
import io.isoledger.domain.Command.ResolveAlert;
import io.isoledger.domain.Command.ScheduleProcedure;
import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Event.BloodTestRecorded;
import io.isoledger.domain.Event.ConcomitantMedicationRecorded;
import io.isoledger.domain.Event.ContraceptionConfirmed;
import io.isoledger.domain.Event.PatientEnrolled;
import io.isoledger.domain.Event.PregnancyTestRecorded;
import io.isoledger.domain.Event.PrescriptionIssued;
import io.isoledger.domain.Event.ProcedureScheduled;
import io.isoledger.domain.Event.ReproductiveStatusDeclared;
import io.isoledger.domain.Event.SafetyAlertResolved;
import io.isoledger.domain.Event.SideEffectReported;
import io.isoledger.domain.Event.TreatmentEnded;
import io.isoledger.domain.Event.WeightRecorded;
import io.isoledger.domain.rules.Finding;
import io.isoledger.domain.rules.LabFindings;
import io.isoledger.domain.rules.PrescriptionRules;
import io.isoledger.domain.rules.ProcedureConflicts;
import io.isoledger.domain.rules.SideEffectFindings;
import java.util.List;

/**
 * The pure decision of one command against one patient's state: the events to append, or why not.
 * It reads no clock and makes no ids; everything it needs comes in on the command and the policy.
 */
public final class Decider {

    private Decider() {}

    public static Decision decide(Command command, PatientState state, Policy policy) {
        if (!state.enrolled() && !(command instanceof EnrollPatient)) {
            return Rejected.because(Rejection.PATIENT_NOT_FOUND, "Patient " + state.patientId() + " is not enrolled.");
        }
        return command.accept(new Handler(state, policy));
    }

    private record Handler(PatientState state, Policy policy) implements Command.Handler<Decision> {

        @Override
        public Decision enrollPatient(EnrollPatient c) {
            if (state.enrolled()) {
                return Rejected.because(Rejection.ALREADY_EXISTS, "Patient " + c.patientId() + " is already enrolled.");
            }
            return accept(
                    new PatientEnrolled(c.patientId(), c.sex(), c.birthDate(), c.weightKg(), c.canBecomePregnant()));
        }

        @Override
        public Decision recordBloodTest(RecordBloodTest c) {
            var recorded = new BloodTestRecorded(c.patientId(), c.sampledOn(), c.fasting(), c.results());
            return accept(Alerts.after(state, recorded, LabFindings.of(c.results()), c.sampledOn()));
        }

        @Override
        public Decision issuePrescription(IssuePrescription c) {
            if (state.hasPrescription(c.prescriptionId())) {
                return Rejected.because(
                        Rejection.ALREADY_EXISTS, "Prescription " + c.prescriptionId() + " was already issued.");
            }
            List<Violation> violations = PrescriptionRules.check(c, state, policy);
            if (!violations.isEmpty()) {
                return new Rejected(Rejection.RULE_VIOLATION, "The prescription breaks clinical rules.", violations);
            }
            int dailyDose = c.dailyDoseMg();
            return accept(new PrescriptionIssued(
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
                    c.prescriberId()));
        }

        @Override
        public Decision reportSideEffect(ReportSideEffect c) {
            boolean expected = SideEffectFindings.expectedFlare(c.term(), c.onsetOn(), state.courseStartedOn());
            var reported = new SideEffectReported(
                    c.patientId(), c.term(), c.grade(), c.onsetOn(), c.reportedBy(), c.notes(), expected);
            List<Finding> findings =
                    SideEffectFindings.of(c.term(), c.grade()).stream().toList();
            return accept(Alerts.after(state, reported, findings, c.onsetOn()));
        }

        @Override
        public Decision declareReproductiveStatus(DeclareReproductiveStatus c) {
            return accept(new ReproductiveStatusDeclared(c.patientId(), c.status(), c.declaredOn()));
        }

        @Override
        public Decision recordPregnancyTest(RecordPregnancyTest c) {
            var recorded = new PregnancyTestRecorded(c.patientId(), c.sampledOn(), c.result(), c.method());
            List<Finding> findings = c.result() == PregnancyTestResult.POSITIVE
                    ? List.of(new Finding(
                            "R4",
                            true,
                            "Positive " + c.method() + " pregnancy test sampled on " + c.sampledOn()
                                    + ": isotretinoin is contraindicated in pregnancy."))
                    : List.of();
            return accept(Alerts.after(state, recorded, findings, c.sampledOn()));
        }

        @Override
        public Decision confirmContraception(ConfirmContraception c) {
            return accept(new ContraceptionConfirmed(c.patientId(), c.methods(), c.startedOn()));
        }

        @Override
        public Decision recordConcomitantMedication(RecordConcomitantMedication c) {
            return accept(new ConcomitantMedicationRecorded(
                    c.patientId(), c.name(), c.drugClass(), c.startedOn(), c.stoppedOn()));
        }

        @Override
        public Decision scheduleProcedure(ScheduleProcedure c) {
            if (state.procedureIds().contains(c.procedureId())) {
                return Rejected.because(
                        Rejection.ALREADY_EXISTS, "Procedure " + c.procedureId() + " was already scheduled.");
            }
            List<Violation> conflicts = ProcedureConflicts.of(c.kind(), c.scheduledOn(), state, policy);
            return accept(new ProcedureScheduled(
                    c.patientId(), c.procedureId(), c.kind(), c.scheduledOn(), !conflicts.isEmpty(), conflicts));
        }

        @Override
        public Decision endTreatment(EndTreatment c) {
            if (state.status() != TreatmentStatus.IN_TREATMENT) {
                return Rejected.because(
                        Rejection.INVALID_STATE,
                        "Patient " + c.patientId() + " has no course in progress (" + state.status() + ").");
            }
            if (c.endedOn().isBefore(state.courseStartedOn())) {
                return Rejected.because(
                        Rejection.INVALID_STATE,
                        "The course started on " + state.courseStartedOn() + "; it cannot end before that.");
            }
            Restrictions r = Restrictions.after(c.endedOn(), policy, state.canBecomePregnant());
            return accept(new TreatmentEnded(
                    c.patientId(),
                    c.endedOn(),
                    c.reason(),
                    r.contraceptionRequiredUntil(),
                    r.bloodDonationAllowedFrom(),
                    r.cosmeticProceduresAllowedFrom()));
        }

        @Override
        public Decision resolveAlert(ResolveAlert c) {
            var alert = state.alert(c.alertId());
            if (alert.isEmpty()) {
                return Rejected.because(
                        Rejection.NOT_FOUND, "Patient " + c.patientId() + " has no alert " + c.alertId() + ".");
            }
            if (!alert.get().open()) {
                return Rejected.because(Rejection.INVALID_STATE, "Alert " + c.alertId() + " is already resolved.");
            }
            return accept(
                    new SafetyAlertResolved(c.patientId(), c.alertId(), c.resolvedBy(), c.note(), c.resolvedOn()));
        }

        @Override
        public Decision recordWeight(RecordWeight c) {
            return accept(new WeightRecorded(c.patientId(), c.weightKg(), c.measuredOn()));
        }

        @Override
        public Decision assessEligibility(AssessEligibility c) {
            List<Violation> violations = PrescriptionRules.eligibility(state, c.on(), policy);
            return violations.isEmpty()
                    ? new Accepted(List.of())
                    : new Rejected(
                            Rejection.RULE_VIOLATION,
                            "A prescription on " + c.on() + " would be rejected.",
                            violations);
        }

        private static Decision accept(Event... events) {
            return new Accepted(List.of(events));
        }

        private static Decision accept(List<Event> events) {
            return new Accepted(events);
        }
    }
}
