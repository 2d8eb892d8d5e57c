package io.isoledger.domain;

import io.isoledger.domain.Command.EnrollPatient;
import io.isoledger.domain.Command.IssuePrescription;
import io.isoledger.domain.Command.RecordBloodTest;
import io.isoledger.domain.Command.ReportSideEffect;
import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Event.BloodTestRecorded;
import io.isoledger.domain.Event.PatientEnrolled;
import io.isoledger.domain.Event.PrescriptionIssued;
import io.isoledger.domain.Event.SideEffectReported;
import io.isoledger.domain.rules.PrescriptionRules;
import java.util.List;

/**
 * The pure decision of one command against one patient's state: the events to append, or why not.
 * It reads no clock and makes no ids; everything it needs comes in on the command and the policy.
 */
public final class Decider {

    private Decider() {}

    public static Decision decide(Command command, PatientState state, Policy policy) {
        return command.accept(new Handler(state, policy));
    }

    private record Handler(PatientState state, Policy policy) implements Command.Handler<Decision> {

        @Override
        public Decision enrollPatient(EnrollPatient c) {
            if (state.enrolled()) {
                return Rejected.because(Rejection.ALREADY_EXISTS, "Patient " + c.patientId() + " is already enrolled.");
            }
            return accept(new PatientEnrolled(
                    c.patientId(), c.sex(), c.birthDate(), c.weightKg(), c.canBecomePregnant()));
        }

        @Override
        public Decision recordBloodTest(RecordBloodTest c) {
            return requireEnrolled()
                    ? accept(new BloodTestRecorded(c.patientId(), c.sampledOn(), c.fasting(), c.results()))
                    : notFound();
        }

        @Override
        public Decision issuePrescription(IssuePrescription c) {
            if (!state.enrolled()) {
                return notFound();
            }
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
            return requireEnrolled()
                    ? accept(new SideEffectReported(
                            c.patientId(), c.term(), c.grade(), c.onsetOn(), c.reportedBy(), c.notes()))
                    : notFound();
        }

        private boolean requireEnrolled() {
            return state.enrolled();
        }

        private Decision notFound() {
            return Rejected.because(Rejection.PATIENT_NOT_FOUND, "Patient " + state.patientId() + " is not enrolled.");
        }

        private static Decision accept(Event... events) {
            return new Accepted(List.of(events));
        }
    }
}
