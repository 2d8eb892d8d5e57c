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

/**
 * The pure decision of one command against one patient's state: the events to append, or why not.
 * It reads no clock and makes no ids. It dispatches each command to its feature's decisions (e.g.
 * {@link PrescribingDecisions#issuePrescription}), which ask the rules of {@code domain.rules}; the
 * harm the events reveal follows them as alerts ({@link Alerts#withSignalsOfHarm}); the {@link
 * Evolver} folds the events into the state.
 */
public final class Decider {

    private Decider() {}

    public static Decision decide(Command command, PatientState state, Policy policy) {
        if (!state.enrolled() && !(command instanceof EnrollPatient)) {
            return Rejected.because(Rejection.PATIENT_NOT_FOUND, "Patient " + state.patientId() + " is not enrolled.");
        }
        Decision decision = command.accept(new Handler(state, policy));
        return decision instanceof Accepted accepted ? Alerts.withSignalsOfHarm(state, accepted, policy) : decision;
    }

    /**
     * Which feature decides each command: {@link FactDecisions}, {@link PregnancyPreventionDecisions},
     * {@link PrescribingDecisions}, {@link DispensingDecisions} or {@link CourseDecisions}.
     */
    private record Handler(PatientState state, Policy policy) implements Command.Handler<Decision> {

        @Override
        public Decision enrollPatient(EnrollPatient c) {
            return new FactDecisions(state, policy).enrollPatient(c);
        }

        @Override
        public Decision recordWeight(RecordWeight c) {
            return new FactDecisions(state, policy).recordWeight(c);
        }

        @Override
        public Decision recordBloodTest(RecordBloodTest c) {
            return new FactDecisions(state, policy).recordBloodTest(c);
        }

        @Override
        public Decision reportSideEffect(ReportSideEffect c) {
            return new FactDecisions(state, policy).reportSideEffect(c);
        }

        @Override
        public Decision recordConcomitantMedication(RecordConcomitantMedication c) {
            return new FactDecisions(state, policy).recordConcomitantMedication(c);
        }

        @Override
        public Decision declareReproductiveStatus(DeclareReproductiveStatus c) {
            return PregnancyPreventionDecisions.declareReproductiveStatus(c);
        }

        @Override
        public Decision changeReproductivePotential(ChangeReproductivePotential c) {
            return PregnancyPreventionDecisions.changeReproductivePotential(c);
        }

        @Override
        public Decision recordPregnancyTest(RecordPregnancyTest c) {
            return PregnancyPreventionDecisions.recordPregnancyTest(c);
        }

        @Override
        public Decision confirmContraception(ConfirmContraception c) {
            return PregnancyPreventionDecisions.confirmContraception(c);
        }

        @Override
        public Decision stopContraception(StopContraception c) {
            return PregnancyPreventionDecisions.stopContraception(c);
        }

        @Override
        public Decision reportContraceptionFailure(ReportContraceptionFailure c) {
            return PregnancyPreventionDecisions.reportContraceptionFailure(c);
        }

        @Override
        public Decision issuePrescription(IssuePrescription c) {
            return new PrescribingDecisions(state, policy).issuePrescription(c);
        }

        @Override
        public Decision assessEligibility(AssessEligibility c) {
            return new PrescribingDecisions(state, policy).assessEligibility(c);
        }

        @Override
        public Decision dispensePrescription(DispensePrescription c) {
            return new DispensingDecisions(state, policy).dispense(c);
        }

        @Override
        public Decision expireSupplies(ExpireSupplies c) {
            return new DispensingDecisions(state, policy).expire(c);
        }

        @Override
        public Decision scheduleProcedure(ScheduleProcedure c) {
            return new CourseDecisions(state, policy).scheduleProcedure(c);
        }

        @Override
        public Decision endTreatment(EndTreatment c) {
            return new CourseDecisions(state, policy).endTreatment(c);
        }

        @Override
        public Decision resolveAlert(ResolveAlert c) {
            return new CourseDecisions(state, policy).resolveAlert(c);
        }
    }
}
