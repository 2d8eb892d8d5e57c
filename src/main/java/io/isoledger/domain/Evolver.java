package io.isoledger.domain;

import io.isoledger.domain.Event.BloodTestRecorded;
import io.isoledger.domain.Event.ConcomitantMedicationRecorded;
import io.isoledger.domain.Event.ContraceptionConfirmed;
import io.isoledger.domain.Event.PatientEnrolled;
import io.isoledger.domain.Event.PregnancyTestRecorded;
import io.isoledger.domain.Event.PrescriptionIssued;
import io.isoledger.domain.Event.ProcedureScheduled;
import io.isoledger.domain.Event.ReproductiveStatusDeclared;
import io.isoledger.domain.Event.SafetyAlertRaised;
import io.isoledger.domain.Event.SafetyAlertResolved;
import io.isoledger.domain.Event.SideEffectReported;
import io.isoledger.domain.Event.TreatmentEnded;
import io.isoledger.domain.Event.WeightRecorded;
import io.isoledger.domain.PatientState.Alert;
import io.isoledger.domain.PatientState.IssuedPrescription;
import io.isoledger.domain.PatientState.Medication;
import io.isoledger.domain.PatientState.PregnancyTest;
import io.isoledger.domain.PatientState.SampledTest;
import java.util.EnumSet;
import java.util.List;

/** The pure fold of a patient's events into the state the decider decides on. */
public final class Evolver {

    private Evolver() {}

    /** Applies one event; every event advances the stream version by one. */
    public static PatientState evolve(PatientState state, Event event) {
        PatientState applied = event.accept(new Applier(state));
        return applied.with(s -> s.version = state.version() + 1);
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
            return state.with(s -> {
                s.enrolled = true;
                s.sex = e.sex();
                s.birthDate = e.birthDate();
                s.weightKg = e.weightKg();
                s.canBecomePregnant = e.canBecomePregnant();
            });
        }

        @Override
        public PatientState bloodTestRecorded(BloodTestRecorded e) {
            EnumSet<Analyte> analytes = EnumSet.noneOf(Analyte.class);
            e.results().forEach(r -> analytes.add(r.analyte()));
            return state.with(s -> s.bloodTests.add(new SampledTest(e.sampledOn(), analytes)));
        }

        @Override
        public PatientState prescriptionIssued(PrescriptionIssued e) {
            return state.with(s -> {
                // A prescription after an ended course starts a new one.
                if (s.courseStartedOn == null || s.treatmentEndedOn != null) {
                    s.courseStartedOn = e.startsOn();
                    s.treatmentEndedOn = null;
                }
                s.prescriptions.add(new IssuedPrescription(
                        e.prescriptionId(), e.issuedOn(), e.startsOn(), e.endsOn(), e.dailyDoseMg(), e.totalMg()));
            });
        }

        @Override
        public PatientState sideEffectReported(SideEffectReported e) {
            return state;
        }

        @Override
        public PatientState reproductiveStatusDeclared(ReproductiveStatusDeclared e) {
            return state.with(s -> s.reproductiveStatus = e.status());
        }

        @Override
        public PatientState pregnancyTestRecorded(PregnancyTestRecorded e) {
            return state.with(s -> s.pregnancyTests.add(new PregnancyTest(e.sampledOn(), e.result())));
        }

        @Override
        public PatientState contraceptionConfirmed(ContraceptionConfirmed e) {
            return state.with(s -> s.contraceptionStarts.add(e.startedOn()));
        }

        @Override
        public PatientState concomitantMedicationRecorded(ConcomitantMedicationRecorded e) {
            return state.with(s -> {
                s.medications.removeIf(m -> m.name().equalsIgnoreCase(e.name()));
                s.medications.add(new Medication(e.name(), e.drugClass(), e.startedOn(), e.stoppedOn()));
            });
        }

        @Override
        public PatientState procedureScheduled(ProcedureScheduled e) {
            return state.with(s -> s.procedureIds.add(e.procedureId()));
        }

        @Override
        public PatientState treatmentEnded(TreatmentEnded e) {
            return state.with(s -> {
                s.treatmentEndedOn = e.endedOn();
                // R13 fixed it under the policy of that day; it outlasts any later course's start.
                s.cosmeticProceduresAllowedFrom = e.cosmeticProceduresAllowedFrom();
            });
        }

        @Override
        public PatientState safetyAlertRaised(SafetyAlertRaised e) {
            return state.with(s -> s.alerts.add(new Alert(e.alertId(), e.rule(), e.blocking(), true)));
        }

        @Override
        public PatientState safetyAlertResolved(SafetyAlertResolved e) {
            return state.with(s -> s.alerts.replaceAll(
                    a -> a.alertId().equals(e.alertId()) ? new Alert(a.alertId(), a.rule(), a.blocking(), false) : a));
        }

        @Override
        public PatientState weightRecorded(WeightRecorded e) {
            return state.with(s -> s.weightKg = e.weightKg());
        }
    }
}
