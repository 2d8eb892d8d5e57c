package io.isoledger.domain;

import io.isoledger.domain.PatientState.Alert;
import io.isoledger.domain.PatientState.Procedure;
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
import io.isoledger.domain.labs.BloodTests;
import io.isoledger.domain.labs.PregnancyHormone;
import io.isoledger.domain.medications.Medications.Taken;
import io.isoledger.domain.pregnancyprevention.ContraceptionFailures;
import io.isoledger.domain.pregnancyprevention.PregnancyResults.Result;
import io.isoledger.domain.pregnancyprevention.PregnancyResults.Source;
import io.isoledger.domain.prescribing.Course;
import io.isoledger.domain.prescribing.Supply;
import java.util.EnumSet;
import java.util.List;

/**
 * The pure fold of a patient's events into the state the decider decides on. Each dated fact joins
 * its history at its clinical date; the event's sequence only breaks ties between facts of a day.
 */
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
                s.enrolledOn = e.enrolledOn();
                s.weights = s.weights.with(e.enrolledOn(), s.sequence(), e.weightKg());
                s.canBecomePregnantAtEnrolment = e.canBecomePregnant();
            });
        }

        @Override
        public PatientState bloodTestRecorded(BloodTestRecorded e) {
            EnumSet<Analyte> analytes = EnumSet.noneOf(Analyte.class);
            e.results().forEach(r -> analytes.add(r.analyte()));
            return state.with(s -> {
                s.bloodTests = s.bloodTests.with(new BloodTests.Sampled(e.sampledOn(), analytes));
                PregnancyHormone.positiveOf(e.results())
                        .ifPresent(hcg -> s.pregnancyResults = s.pregnancyResults.with(new Result(
                                e.sampledOn(),
                                s.sequence(),
                                true,
                                Source.HCG_IN_BLOOD_PANEL,
                                PregnancyHormone.describe(hcg))));
            });
        }

        @Override
        public PatientState prescriptionIssued(PrescriptionIssued e) {
            Supply supply = new Supply(
                    e.prescriptionId(),
                    e.issuedOn(),
                    e.startsOn(),
                    e.endsOn(),
                    e.daysSupply(),
                    e.dailyDoseMg(),
                    e.totalMg(),
                    e.capsulesPerDay() * e.daysSupply(),
                    e.dispenseBy(),
                    // Issued before dispensing was recorded: taken to be handed over.
                    e.dispenseBy() == null ? Supply.Status.DISPENSED : Supply.Status.PENDING);
            return state.with(s -> {
                // After an end (also R20's lapse, recorded as an end) a prescription opens a new course.
                if (s.course.inProgress()) {
                    s.course = s.course.with(supply);
                } else {
                    s.previousCourse = s.course.startedOn() == null ? s.previousCourse : s.course;
                    s.course = Course.openedBy(supply);
                }
                s.prescriptionIds.add(e.prescriptionId());
            });
        }

        @Override
        public PatientState sideEffectReported(SideEffectReported e) {
            return state;
        }

        @Override
        public PatientState reproductiveStatusDeclared(ReproductiveStatusDeclared e) {
            return state.with(s ->
                    s.reproductiveStatuses = s.reproductiveStatuses.with(e.declaredOn(), s.sequence(), e.status()));
        }

        @Override
        public PatientState pregnancyTestRecorded(PregnancyTestRecorded e) {
            boolean positive = e.result() == PregnancyTestResult.POSITIVE;
            String what = (positive ? "Positive " : "Negative ") + e.method() + " pregnancy test";
            return state.with(s -> s.pregnancyResults = s.pregnancyResults.with(
                    new Result(e.sampledOn(), s.sequence(), positive, Source.PREGNANCY_TEST, what)));
        }

        @Override
        public PatientState contraceptionConfirmed(ContraceptionConfirmed e) {
            return state.with(s -> s.contraception =
                    s.contraception.confirmed(e.methods(), e.startedOn(), e.confirmedOn(), s.sequence()));
        }

        @Override
        public PatientState contraceptionStopped(ContraceptionStopped e) {
            return state.with(s -> s.contraception = s.contraception.stopped(e.methods(), e.stoppedOn(), s.sequence()));
        }

        @Override
        public PatientState contraceptionFailureReported(ContraceptionFailureReported e) {
            return state.with(s -> s.contraceptionFailures =
                    s.contraceptionFailures.with(new ContraceptionFailures.Failure(e.occurredOn(), e.kind())));
        }

        @Override
        public PatientState reproductivePotentialChanged(ReproductivePotentialChanged e) {
            return state.with(s -> s.reproductivePotential =
                    s.reproductivePotential.with(e.changedOn(), s.sequence(), e.canBecomePregnant()));
        }

        @Override
        public PatientState concomitantMedicationRecorded(ConcomitantMedicationRecorded e) {
            return state.with(s -> s.medications =
                    s.medications.with(new Taken(e.name(), e.drugClass(), e.startedOn(), e.stoppedOn())));
        }

        @Override
        public PatientState procedureScheduled(ProcedureScheduled e) {
            return state.with(s -> s.procedures.add(new Procedure(e.procedureId(), e.kind(), e.scheduledOn())));
        }

        @Override
        public PatientState treatmentEnded(TreatmentEnded e) {
            return state.with(s -> {
                // R13 fixed them under the policy of that day; they outlast any later course's start.
                s.course = s.course.ended(
                        e.endedOn(),
                        new Restrictions(
                                e.contraceptionRequiredUntil(),
                                e.bloodDonationAllowedFrom(),
                                e.cosmeticProceduresAllowedFrom()));
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
        public PatientState prescriptionDispensed(PrescriptionDispensed e) {
            return state.with(s -> s.course = s.course.with(e.prescriptionId(), Supply.Status.DISPENSED));
        }

        @Override
        public PatientState prescriptionExpired(PrescriptionExpired e) {
            return state.with(s -> s.course = s.course.with(e.prescriptionId(), Supply.Status.EXPIRED));
        }

        @Override
        public PatientState weightRecorded(WeightRecorded e) {
            return state.with(s -> s.weights = s.weights.with(e.measuredOn(), s.sequence(), e.weightKg()));
        }
    }
}
