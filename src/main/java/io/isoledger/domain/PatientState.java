package io.isoledger.domain;

import io.isoledger.domain.labs.BloodTests;
import io.isoledger.domain.medications.Medications;
import io.isoledger.domain.pregnancyprevention.Contraception;
import io.isoledger.domain.pregnancyprevention.ContraceptionFailures;
import io.isoledger.domain.pregnancyprevention.PregnancyResults;
import io.isoledger.domain.prescribing.Course;
import io.isoledger.domain.timeline.Timeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the decider knows of one patient: folded from the patient's events, never written directly.
 * Every dated fact is kept as a history by its clinical date, so a rule asks what was in force on
 * the day it judges. {@code version} is the sequence number of the last event applied (0 before
 * enrolment).
 *
 * @param reproductivePotential the changes of whether the patient can become pregnant, by {@code changedOn}
 * @param course the current (or last) course
 * @param previousCourse the ended course before it, if any: its restrictions outlast it (R12, R18)
 */
public record PatientState(
        String patientId,
        long version,
        boolean enrolled,
        Sex sex,
        LocalDate birthDate,
        LocalDate enrolledOn,
        boolean canBecomePregnantAtEnrolment,
        Timeline<BigDecimal> weights,
        Timeline<ReproductiveStatus> reproductiveStatuses,
        Timeline<Boolean> reproductivePotential,
        BloodTests bloodTests,
        PregnancyResults pregnancyResults,
        Contraception contraception,
        ContraceptionFailures contraceptionFailures,
        Medications medications,
        Course course,
        Course previousCourse,
        List<String> prescriptionIds,
        List<Alert> alerts,
        List<Procedure> procedures) {

    public PatientState {
        prescriptionIds = List.copyOf(prescriptionIds);
        alerts = List.copyOf(alerts);
        procedures = List.copyOf(procedures);
    }

    public record Alert(String alertId, String rule, boolean blocking, boolean open) {}

    public record Procedure(String procedureId, ProcedureKind kind, LocalDate scheduledOn) {}

    public static PatientState initial(String patientId) {
        return new PatientState(
                patientId,
                0,
                false,
                null,
                null,
                null,
                false,
                Timeline.empty(),
                Timeline.empty(),
                Timeline.empty(),
                BloodTests.none(),
                PregnancyResults.none(),
                Contraception.none(),
                ContraceptionFailures.none(),
                Medications.none(),
                Course.none(),
                null,
                List.of(),
                List.of(),
                List.of());
    }

    /** R13's dates as fixed by the last end of a course, kept through a later course. */
    public Restrictions endRestrictions() {
        if (course.status() == TreatmentStatus.ENDED) {
            return course.endRestrictions();
        }
        return previousCourse == null ? null : previousCourse.endRestrictions();
    }

    public TreatmentStatus status() {
        return course.status();
    }

    /** R7, R14: the weight in force on {@code day} (the latest by {@code measuredOn}). */
    public BigDecimal weightOn(LocalDate day) {
        return weights.onOrEarliest(day).orElseThrow();
    }

    /**
     * R4, R5, R18: whether the patient could become pregnant on {@code day}: the latest change dated
     * on or before it, or the assessment at enrolment before any. A change dated before enrolment
     * still counts: the enrolment's assessment was made without it.
     */
    public boolean canBecomePregnantOn(LocalDate day) {
        return reproductivePotential.on(day).orElse(canBecomePregnantAtEnrolment);
    }

    /** R3: the reproductive status in force on {@code day} (the latest by {@code declaredOn}). */
    public Optional<ReproductiveStatus> reproductiveStatusOn(LocalDate day) {
        return reproductiveStatuses.on(day);
    }

    public LocalDate courseStartedOn() {
        return course.startedOn();
    }

    public Optional<LocalDate> supplyEndsOn() {
        return course.supplyEndsOn();
    }

    public boolean hasPrescription(String prescriptionId) {
        return prescriptionIds.contains(prescriptionId);
    }

    public boolean hasProcedure(String procedureId) {
        return procedures.stream().anyMatch(p -> p.procedureId().equals(procedureId));
    }

    public Optional<Alert> alert(String alertId) {
        return alerts.stream().filter(a -> a.alertId().equals(alertId)).findFirst();
    }

    public List<Alert> openBlockingAlerts() {
        return alerts.stream().filter(a -> a.open() && a.blocking()).toList();
    }

    /** A copy with some fields changed: the one way the evolver builds a new state. */
    PatientState with(Consumer<StateChange> change) {
        StateChange builder = new StateChange(this);
        change.accept(builder);
        return builder.build();
    }
}
