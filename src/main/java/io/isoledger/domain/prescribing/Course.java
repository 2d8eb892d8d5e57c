package io.isoledger.domain.prescribing;

import io.isoledger.domain.Policy;
import io.isoledger.domain.Restrictions;
import io.isoledger.domain.TreatmentStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A course of treatment: from its first supply's start, the supplies issued in it, and once ended,
 * its end and the restriction dates R13 fixed then. A prescription after an end, or after a lapse
 * (R20), opens a new one.
 */
public record Course(LocalDate startedOn, List<Supply> supplies, LocalDate endedOn, Restrictions endRestrictions) {

    public Course {
        supplies = List.copyOf(supplies);
    }

    public static Course none() {
        return new Course(null, List.of(), null, null);
    }

    public static Course openedBy(Supply first) {
        return new Course(first.startsOn(), List.of(first), null, null);
    }

    public Course with(Supply supply) {
        List<Supply> all = new ArrayList<>(supplies);
        all.add(supply);
        return new Course(startedOn, all, endedOn, endRestrictions);
    }

    /** The course with one of its supplies handed over or expired. */
    public Course with(String prescriptionId, Supply.Status status) {
        List<Supply> all = supplies.stream()
                .map(s -> s.prescriptionId().equals(prescriptionId) ? s.with(status) : s)
                .toList();
        return new Course(startedOn, all, endedOn, endRestrictions);
    }

    public Optional<Supply> supply(String prescriptionId) {
        return supplies.stream()
                .filter(s -> s.prescriptionId().equals(prescriptionId))
                .findFirst();
    }

    public Course ended(LocalDate day, Restrictions restrictions) {
        return new Course(startedOn, supplies, day, restrictions);
    }

    public TreatmentStatus status() {
        if (startedOn == null) {
            return TreatmentStatus.ENROLLED;
        }
        return endedOn == null ? TreatmentStatus.IN_TREATMENT : TreatmentStatus.ENDED;
    }

    public boolean inProgress() {
        return status() == TreatmentStatus.IN_TREATMENT;
    }

    /** The last day covered by the course's supplies; one that expired undispensed covers none (R22). */
    public Optional<LocalDate> supplyEndsOn() {
        return taken().map(Supply::endsOn).max(Comparator.naturalOrder());
    }

    /**
     * R15: the last day covered by the supplies that are, or may yet be, in the patient's hands as
     * of {@code asOf} (the day of the decision): a supply still waiting in its window may be handed
     * over before a later start.
     */
    public Optional<LocalDate> supplyEndsOn(LocalDate asOf) {
        return countingOn(asOf).map(Supply::endsOn).max(Comparator.naturalOrder());
    }

    /** The latest start of the course's supplies (R21: the course cannot end before it). */
    public Optional<LocalDate> lastSupplyStartsOn() {
        return taken().map(Supply::startsOn).max(Comparator.naturalOrder());
    }

    /** The supply issued last. */
    public Optional<Supply> lastIssued() {
        return supplies.isEmpty() ? Optional.empty() : Optional.of(supplies.get(supplies.size() - 1));
    }

    /** The treatment's last day: its end, or while it goes on, the last supplied day. */
    public Optional<LocalDate> lastTreatmentDay() {
        return endedOn != null ? Optional.of(endedOn) : supplyEndsOn();
    }

    /** R17: the days of the course's supplies still outstanding on {@code day}. */
    public long outstandingDaysOn(LocalDate day, LocalDate asOf) {
        return countingOn(asOf).mapToLong(s -> s.outstandingDaysOn(day)).sum();
    }

    /** R22: the supplies waiting at the pharmacy after their window closed, on {@code today}. */
    public List<Supply> overdueOn(LocalDate today) {
        return supplies.stream().filter(s -> s.overdueOn(today)).toList();
    }

    /** The supplies not expired undispensed. */
    private Stream<Supply> taken() {
        return supplies.stream().filter(s -> s.status() != Supply.Status.EXPIRED);
    }

    /** The supplies that are, or may yet be, in the patient's hands as of {@code asOf}. */
    private Stream<Supply> countingOn(LocalDate asOf) {
        return supplies.stream().filter(s -> s.countsOn(asOf));
    }

    /** R20: a supply starting on {@code startsOn} comes more than the lapse days after the last ran out. */
    public boolean lapsesBefore(LocalDate startsOn, Policy policy) {
        return inProgress()
                && lastPrescribedDay()
                        .map(end -> startsOn.isAfter(end.plusDays(1L + policy.courseLapseDays())))
                        .orElse(false);
    }

    /**
     * R20: the last day any supply of the course was prescribed for, an expired one's too: a course
     * of supplies never handed over lapses like any other.
     */
    public Optional<LocalDate> lastPrescribedDay() {
        return supplies.stream().map(Supply::endsOn).max(Comparator.naturalOrder());
    }

    /** Whether a supply starting on {@code startsOn} is the first of a new course (R2, R5, R14, R20). */
    public boolean opensNewCourse(LocalDate startsOn, Policy policy) {
        return !inProgress() || lapsesBefore(startsOn, policy);
    }
}
