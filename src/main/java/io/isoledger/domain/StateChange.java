package io.isoledger.domain;

import io.isoledger.domain.PatientState.Alert;
import io.isoledger.domain.PatientState.Procedure;
import io.isoledger.domain.labs.BloodTests;
import io.isoledger.domain.medications.Medications;
import io.isoledger.domain.pregnancyprevention.Contraception;
import io.isoledger.domain.pregnancyprevention.ContraceptionFailures;
import io.isoledger.domain.pregnancyprevention.PregnancyResults;
import io.isoledger.domain.prescribing.Course;
import io.isoledger.domain.timeline.Timeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A {@link PatientState} being changed by one event: mutable only while the event is applied. */
final class StateChange {
    final String patientId;
    long version;
    boolean enrolled;
    Sex sex;
    LocalDate birthDate;
    LocalDate enrolledOn;
    boolean canBecomePregnantAtEnrolment;
    Timeline<BigDecimal> weights;
    Timeline<ReproductiveStatus> reproductiveStatuses;
    Timeline<Boolean> reproductivePotential;
    BloodTests bloodTests;
    PregnancyResults pregnancyResults;
    Contraception contraception;
    ContraceptionFailures contraceptionFailures;
    Medications medications;
    Course course;
    Course previousCourse;
    final List<String> prescriptionIds;
    final List<Alert> alerts;
    final List<Procedure> procedures;

    StateChange(PatientState s) {
        patientId = s.patientId();
        version = s.version();
        enrolled = s.enrolled();
        sex = s.sex();
        birthDate = s.birthDate();
        enrolledOn = s.enrolledOn();
        canBecomePregnantAtEnrolment = s.canBecomePregnantAtEnrolment();
        weights = s.weights();
        reproductiveStatuses = s.reproductiveStatuses();
        reproductivePotential = s.reproductivePotential();
        bloodTests = s.bloodTests();
        pregnancyResults = s.pregnancyResults();
        contraception = s.contraception();
        contraceptionFailures = s.contraceptionFailures();
        medications = s.medications();
        course = s.course();
        previousCourse = s.previousCourse();
        prescriptionIds = new ArrayList<>(s.prescriptionIds());
        alerts = new ArrayList<>(s.alerts());
        procedures = new ArrayList<>(s.procedures());
    }

    /** The stream version of the event being applied: it breaks ties between facts of one date. */
    long sequence() {
        return version + 1;
    }

    PatientState build() {
        return new PatientState(
                patientId,
                version,
                enrolled,
                sex,
                birthDate,
                enrolledOn,
                canBecomePregnantAtEnrolment,
                weights,
                reproductiveStatuses,
                reproductivePotential,
                bloodTests,
                pregnancyResults,
                contraception,
                contraceptionFailures,
                medications,
                course,
                previousCourse,
                prescriptionIds,
                alerts,
                procedures);
    }
}
