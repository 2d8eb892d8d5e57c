package io.isoledger.domain;

import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.ConcomitantMedicationRecorded;
import io.isoledger.domain.event.ContraceptionConfirmed;
import io.isoledger.domain.event.ContraceptionFailureReported;
import io.isoledger.domain.event.ContraceptionStopped;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.PregnancyTestRecorded;
import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.ProcedureScheduled;
import io.isoledger.domain.event.ReproductivePotentialChanged;
import io.isoledger.domain.event.ReproductiveStatusDeclared;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.event.WeightRecorded;
import java.util.List;
import java.util.function.Consumer;

/**
 * The pure fold of a patient's events into the {@link PatientState} the {@link Decider} decides on.
 * It only dispatches: each event's change is made by the fold of its feature, {@link FactFold},
 * {@link PregnancyPreventionFold}, {@link CourseFold} or {@link AlertFold}. Each dated fact joins its
 * history at its clinical date; the event's sequence only breaks ties between facts of a day.
 */
public final class Evolver {

    private static final Changes CHANGES = new Changes();

    private Evolver() {}

    /** Applies one event; every event advances the stream version by one. */
    public static PatientState evolve(PatientState state, Event event) {
        Consumer<StateChange> change = event.accept(CHANGES);
        return state.with(s -> {
            change.accept(s);
            s.version = state.version() + 1;
        });
    }

    public static PatientState evolveAll(PatientState state, List<? extends Event> events) {
        PatientState current = state;
        for (Event event : events) {
            current = evolve(current, event);
        }
        return current;
    }

    /** Which fold each event's change is made by. */
    private static final class Changes implements Event.Visitor<Consumer<StateChange>> {

        @Override
        public Consumer<StateChange> patientEnrolled(PatientEnrolled e) {
            return s -> FactFold.patientEnrolled(s, e);
        }

        @Override
        public Consumer<StateChange> bloodTestRecorded(BloodTestRecorded e) {
            return s -> FactFold.bloodTestRecorded(s, e);
        }

        @Override
        public Consumer<StateChange> sideEffectReported(SideEffectReported e) {
            // Nothing the decider keeps: the alerts it raised follow it as events of their own.
            return s -> {};
        }

        @Override
        public Consumer<StateChange> concomitantMedicationRecorded(ConcomitantMedicationRecorded e) {
            return s -> FactFold.concomitantMedicationRecorded(s, e);
        }

        @Override
        public Consumer<StateChange> weightRecorded(WeightRecorded e) {
            return s -> FactFold.weightRecorded(s, e);
        }

        @Override
        public Consumer<StateChange> reproductiveStatusDeclared(ReproductiveStatusDeclared e) {
            return s -> PregnancyPreventionFold.reproductiveStatusDeclared(s, e);
        }

        @Override
        public Consumer<StateChange> reproductivePotentialChanged(ReproductivePotentialChanged e) {
            return s -> PregnancyPreventionFold.reproductivePotentialChanged(s, e);
        }

        @Override
        public Consumer<StateChange> pregnancyTestRecorded(PregnancyTestRecorded e) {
            return s -> PregnancyPreventionFold.pregnancyTestRecorded(s, e);
        }

        @Override
        public Consumer<StateChange> contraceptionConfirmed(ContraceptionConfirmed e) {
            return s -> PregnancyPreventionFold.contraceptionConfirmed(s, e);
        }

        @Override
        public Consumer<StateChange> contraceptionStopped(ContraceptionStopped e) {
            return s -> PregnancyPreventionFold.contraceptionStopped(s, e);
        }

        @Override
        public Consumer<StateChange> contraceptionFailureReported(ContraceptionFailureReported e) {
            return s -> PregnancyPreventionFold.contraceptionFailureReported(s, e);
        }

        @Override
        public Consumer<StateChange> prescriptionIssued(PrescriptionIssued e) {
            return s -> CourseFold.prescriptionIssued(s, e);
        }

        @Override
        public Consumer<StateChange> prescriptionDispensed(PrescriptionDispensed e) {
            return s -> CourseFold.prescriptionDispensed(s, e);
        }

        @Override
        public Consumer<StateChange> prescriptionExpired(PrescriptionExpired e) {
            return s -> CourseFold.prescriptionExpired(s, e);
        }

        @Override
        public Consumer<StateChange> procedureScheduled(ProcedureScheduled e) {
            return s -> CourseFold.procedureScheduled(s, e);
        }

        @Override
        public Consumer<StateChange> treatmentEnded(TreatmentEnded e) {
            return s -> CourseFold.treatmentEnded(s, e);
        }

        @Override
        public Consumer<StateChange> safetyAlertRaised(SafetyAlertRaised e) {
            return s -> AlertFold.safetyAlertRaised(s, e);
        }

        @Override
        public Consumer<StateChange> safetyAlertResolved(SafetyAlertResolved e) {
            return s -> AlertFold.safetyAlertResolved(s, e);
        }
    }
}
