package io.isoledger.domain;

import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.command.AssessEligibility;
import io.isoledger.domain.command.ChangeReproductivePotential;
import io.isoledger.domain.command.Command;
import io.isoledger.domain.command.ConfirmContraception;
import io.isoledger.domain.command.DeclareReproductiveStatus;
import io.isoledger.domain.command.DispensePrescription;
import io.isoledger.domain.command.EndTreatment;
import io.isoledger.domain.command.EnrollPatient;
import io.isoledger.domain.command.ExpireSupplies;
import io.isoledger.domain.command.IssuePrescription;
import io.isoledger.domain.command.RecordBloodTest;
import io.isoledger.domain.command.RecordConcomitantMedication;
import io.isoledger.domain.command.RecordPregnancyTest;
import io.isoledger.domain.command.RecordWeight;
import io.isoledger.domain.command.ReportContraceptionFailure;
import io.isoledger.domain.command.ReportSideEffect;
import io.isoledger.domain.command.ResolveAlert;
import io.isoledger.domain.command.ScheduleProcedure;
import io.isoledger.domain.command.StopContraception;
import io.isoledger.domain.rules.HarmSignals;
import io.isoledger.domain.rules.Signal;
import java.util.List;

/**
 * The pure decision of one command against one patient's state: the events to append, or why not.
 * It reads no clock and makes no ids; everything it needs comes in on the command and the policy.
 * Facts are decided by {@link FactDecisions}, the course of treatment by {@link CourseDecisions},
 * the hand-over of its supplies by {@link DispensingDecisions}.
 */
public final class Decider {

    private Decider() {}

    public static Decision decide(Command command, PatientState state, Policy policy) {
        if (!state.enrolled() && !(command instanceof EnrollPatient)) {
            return Rejected.because(Rejection.PATIENT_NOT_FOUND, "Patient " + state.patientId() + " is not enrolled.");
        }
        Decision decision = command.accept(new Handler(
                new FactDecisions(state, policy),
                new CourseDecisions(state, policy),
                new DispensingDecisions(state, policy)));
        return decision instanceof Accepted accepted ? withSignalsOfHarm(state, accepted, policy) : decision;
    }

    /**
     * Whatever the command, the signs of harm its events reveal on the whole patient (R18, R19, and
     * R4's positive results) follow them as alerts: a fact entered late raises at once what it would
     * have raised on time, and so does a fact that brings an earlier one into a course's window.
     */
    private static Decision withSignalsOfHarm(PatientState state, Accepted accepted, Policy policy) {
        if (accepted.events().isEmpty()) {
            return accepted;
        }
        PatientState after = Evolver.evolveAll(state, accepted.events());
        List<Signal> signals = HarmSignals.raisedBy(state, after, policy);
        return signals.isEmpty() ? accepted : new Accepted(Alerts.following(state, accepted.events(), signals));
    }

    private record Handler(FactDecisions facts, CourseDecisions course, DispensingDecisions dispensing)
            implements Command.Handler<Decision> {

        @Override
        public Decision enrollPatient(EnrollPatient c) {
            return facts.enrollPatient(c);
        }

        @Override
        public Decision recordBloodTest(RecordBloodTest c) {
            return facts.recordBloodTest(c);
        }

        @Override
        public Decision issuePrescription(IssuePrescription c) {
            return course.issuePrescription(c);
        }

        @Override
        public Decision reportSideEffect(ReportSideEffect c) {
            return facts.reportSideEffect(c);
        }

        @Override
        public Decision declareReproductiveStatus(DeclareReproductiveStatus c) {
            return facts.declareReproductiveStatus(c);
        }

        @Override
        public Decision recordPregnancyTest(RecordPregnancyTest c) {
            return facts.recordPregnancyTest(c);
        }

        @Override
        public Decision confirmContraception(ConfirmContraception c) {
            return facts.confirmContraception(c);
        }

        @Override
        public Decision recordConcomitantMedication(RecordConcomitantMedication c) {
            return facts.recordConcomitantMedication(c);
        }

        @Override
        public Decision scheduleProcedure(ScheduleProcedure c) {
            return course.scheduleProcedure(c);
        }

        @Override
        public Decision endTreatment(EndTreatment c) {
            return course.endTreatment(c);
        }

        @Override
        public Decision resolveAlert(ResolveAlert c) {
            return course.resolveAlert(c);
        }

        @Override
        public Decision recordWeight(RecordWeight c) {
            return facts.recordWeight(c);
        }

        @Override
        public Decision assessEligibility(AssessEligibility c) {
            return course.assessEligibility(c);
        }

        @Override
        public Decision stopContraception(StopContraception c) {
            return facts.stopContraception(c);
        }

        @Override
        public Decision reportContraceptionFailure(ReportContraceptionFailure c) {
            return facts.reportContraceptionFailure(c);
        }

        @Override
        public Decision changeReproductivePotential(ChangeReproductivePotential c) {
            return facts.changeReproductivePotential(c);
        }

        @Override
        public Decision dispensePrescription(DispensePrescription c) {
            return dispensing.dispense(c);
        }

        @Override
        public Decision expireSupplies(ExpireSupplies c) {
            return dispensing.expire(c);
        }
    }
}
