package io.isoledger.domain;

import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.ConcomitantMedicationRecorded;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.WeightRecorded;
import io.isoledger.domain.labs.BloodTests;
import io.isoledger.domain.labs.PregnancyHormone;
import io.isoledger.domain.medications.Medications.Taken;
import io.isoledger.domain.pregnancyprevention.PregnancyResults.Result;
import io.isoledger.domain.pregnancyprevention.PregnancyResults.Source;
import java.util.EnumSet;

/**
 * How the patient's recorded facts change the state: the enrolment, weights, blood tests (and the
 * positive hCG they show, a pregnancy result for R4 and R18) and concomitant medications, each kept
 * by its clinical date. Decided by {@link FactDecisions}; dispatched here by the {@link Evolver}.
 */
final class FactFold {

    private FactFold() {}

    static void patientEnrolled(StateChange s, PatientEnrolled e) {
        s.enrolled = true;
        s.sex = e.sex();
        s.birthDate = e.birthDate();
        s.enrolledOn = e.enrolledOn();
        s.weights = s.weights.with(e.enrolledOn(), s.sequence(), e.weightKg());
        s.canBecomePregnantAtEnrolment = e.canBecomePregnant();
    }

    static void weightRecorded(StateChange s, WeightRecorded e) {
        s.weights = s.weights.with(e.measuredOn(), s.sequence(), e.weightKg());
    }

    static void bloodTestRecorded(StateChange s, BloodTestRecorded e) {
        EnumSet<Analyte> analytes = EnumSet.noneOf(Analyte.class);
        e.results().forEach(r -> analytes.add(r.analyte()));
        s.bloodTests = s.bloodTests.with(new BloodTests.Sampled(e.sampledOn(), analytes));
        PregnancyHormone.positiveOf(e.results())
                .ifPresent(hcg -> s.pregnancyResults = s.pregnancyResults.with(new Result(
                        e.sampledOn(), s.sequence(), true, Source.HCG_IN_BLOOD_PANEL, PregnancyHormone.describe(hcg))));
    }

    static void concomitantMedicationRecorded(StateChange s, ConcomitantMedicationRecorded e) {
        s.medications = s.medications.with(new Taken(e.name(), e.drugClass(), e.startedOn(), e.stoppedOn()));
    }
}
