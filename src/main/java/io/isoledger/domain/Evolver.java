package io.isoledger.domain;

import io.isoledger.domain.Event.BloodTestRecorded;
import io.isoledger.domain.Event.PatientEnrolled;
import io.isoledger.domain.Event.PrescriptionIssued;
import io.isoledger.domain.Event.SideEffectReported;
import io.isoledger.domain.PatientState.IssuedPrescription;
import io.isoledger.domain.PatientState.SampledTest;
import java.util.EnumSet;
import java.util.List;

/** The pure fold of a patient's events into the state the decider decides on. */
public final class Evolver {

    private Evolver() {}

    /** Applies one event; every event advances the stream version by one. */
    public static PatientState evolve(PatientState state, Event event) {
        return event.accept(new Applier(state)).atVersion(state.version() + 1);
    }

    public static PatientState evolveAll(PatientState state, List<? extends Event> events) {
        PatientState current = state;
        for (Event event : events) {
            current = evolve(current, event);
        }
        return current;
    }

    private record Applier(PatientState state) implements Event.Visitor<PatientState> {

        @Override
        public PatientState patientEnrolled(PatientEnrolled e) {
            return state.enrolledAs(e.sex(), e.birthDate(), e.weightKg(), e.canBecomePregnant());
        }

        @Override
        public PatientState bloodTestRecorded(BloodTestRecorded e) {
            EnumSet<Analyte> analytes = EnumSet.noneOf(Analyte.class);
            e.results().forEach(r -> analytes.add(r.analyte()));
            return state.withBloodTest(new SampledTest(e.sampledOn(), analytes));
        }

        @Override
        public PatientState prescriptionIssued(PrescriptionIssued e) {
            return state.withPrescription(new IssuedPrescription(
                    e.prescriptionId(), e.issuedOn(), e.startsOn(), e.endsOn(), e.dailyDoseMg(), e.totalMg()));
        }

        @Override
        public PatientState sideEffectReported(SideEffectReported e) {
            return state;
        }
    }
}
