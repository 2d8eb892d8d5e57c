package io.isoledger.domain.rules;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Restrictions;
import io.isoledger.domain.prescribing.Course;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The days of a course in which a sign of harm must stop treatment at once: from the course's start
 * to its last day of treatment ({@link #treatment}, R19), or on to the last day contraception is
 * still required after it ({@link #pregnancy}, R18).
 */
public record HarmWindow(LocalDate from, LocalDate to) {

    /** Whether {@code [first, last]} (last empty: open-ended) shares a day with this window. */
    public boolean overlaps(LocalDate first, Optional<LocalDate> last) {
        return !first.isAfter(to) && last.map(l -> !l.isBefore(from)).orElse(true);
    }

    /** R19: the current (or last) course's treatment days. */
    public static Optional<HarmWindow> treatment(PatientState patient) {
        return treatment(patient.course());
    }

    /**
     * R18: the treatment days and the contraception period after them, of the current (or last)
     * course and of the ended one before it: that period can outlast the start of the next course.
     */
    public static List<HarmWindow> pregnancy(PatientState patient, Policy policy) {
        List<HarmWindow> windows = new ArrayList<>();
        Stream.of(patient.course(), patient.previousCourse()).forEach(course -> treatment(course)
                .map(t -> new HarmWindow(t.from(), latest(t.to(), contraceptionUntil(course, patient, policy))))
                .ifPresent(windows::add));
        return windows;
    }

    private static Optional<HarmWindow> treatment(Course course) {
        if (course == null || course.startedOn() == null) {
            return Optional.empty();
        }
        return course.lastTreatmentDay().map(end -> new HarmWindow(course.startedOn(), end));
    }

    /** Fixed at the course's end, or while it goes on, following its last supplied day. */
    private static Optional<LocalDate> contraceptionUntil(Course course, PatientState patient, Policy policy) {
        Optional<Restrictions> restrictions = course.endedOn() != null
                ? Optional.ofNullable(course.endRestrictions())
                : course.supplyEndsOn().map(end -> Restrictions.after(end, policy, patient.canBecomePregnantOn(end)));
        return restrictions.map(Restrictions::contraceptionRequiredUntil);
    }

    private static LocalDate latest(LocalDate day, Optional<LocalDate> other) {
        return other.filter(o -> o.isAfter(day)).orElse(day);
    }
}
