package io.isoledger.fhir;

import static io.isoledger.projection.EventHandlers.on;

import io.isoledger.domain.Evolver;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Restrictions;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.prescribing.Course;
import io.isoledger.domain.prescribing.Supply;
import io.isoledger.history.PatientEvents.Recorded;
import io.isoledger.projection.EventHandlers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The patient's courses, folded from the events with the {@link Evolver}: each with the sequence of
 * the prescription that opened it, its supplies, its end if it ended, and R13's restriction dates
 * (fixed at the end; while it goes on, following its last supplied day under the policy). Which
 * event types change a course is decided for each type ({@link EventHandlers}).
 */
record Courses(List<Entry> all) {

    /**
     * @param end the event that ended it, or null while it goes on
     * @param lastUpdated when the last event that changed it was recorded
     */
    record Entry(long openedBy, Course course, TreatmentEnded end, Restrictions restrictions, Instant lastUpdated) {

        Entry with(Course changed, TreatmentEnded ended, Instant time) {
            return new Entry(openedBy, changed, ended, restrictions, time);
        }

        boolean holds(String prescriptionId) {
            return course.supplies().stream().map(Supply::prescriptionId).anyMatch(prescriptionId::equals);
        }
    }

    private static final EventHandlers<Fold> CHANGES = EventHandlers.<Fold>reading(
            on(PrescriptionIssued.class, Courses::supplied), on(TreatmentEnded.class, Courses::ended));

    static Courses of(String patientId, List<Recorded> events, Policy policy) {
        PatientState state = PatientState.initial(patientId);
        List<Entry> courses = new ArrayList<>();
        for (Recorded recorded : events) {
            state = Evolver.evolve(state, recorded.event());
            CHANGES.handle(recorded.event(), new Fold(recorded, state, courses));
        }
        PatientState folded = state;
        return new Courses(courses.stream()
                .map(c ->
                        new Entry(c.openedBy(), c.course(), c.end(), restrictions(c, folded, policy), c.lastUpdated()))
                .toList());
    }

    /** The course a prescription was issued in. */
    Optional<Entry> of(String prescriptionId) {
        return all.stream().filter(c -> c.holds(prescriptionId)).findFirst();
    }

    private static Restrictions restrictions(Entry course, PatientState patient, Policy policy) {
        if (course.end() != null) {
            return course.course().endRestrictions();
        }
        return course.course()
                .supplyEndsOn()
                .map(end -> Restrictions.after(end, policy, patient.canBecomePregnantOn(end)))
                .orElse(null);
    }

    /** One event, the patient as folded up to it, and the courses so far. */
    private record Fold(Recorded recorded, PatientState state, List<Entry> courses) {}

    /** A prescription opens a course, or adds a supply to the one going on. */
    private static void supplied(PrescriptionIssued e, Fold fold) {
        Course course = fold.state().course();
        if (course.supplies().size() == 1) {
            fold.courses()
                    .add(new Entry(
                            fold.recorded().sequence(),
                            course,
                            null,
                            null,
                            fold.recorded().time()));
        } else {
            replaceLast(
                    fold.courses(),
                    last(fold.courses()).with(course, null, fold.recorded().time()));
        }
    }

    private static void ended(TreatmentEnded e, Fold fold) {
        if (!fold.courses().isEmpty()) {
            replaceLast(
                    fold.courses(),
                    last(fold.courses())
                            .with(fold.state().course(), e, fold.recorded().time()));
        }
    }

    private static Entry last(List<Entry> courses) {
        return courses.get(courses.size() - 1);
    }

    private static void replaceLast(List<Entry> courses, Entry entry) {
        courses.set(courses.size() - 1, entry);
    }
}
