package io.isoledger.fhir;

import io.isoledger.domain.Evolver;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Restrictions;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.prescribing.Course;
import io.isoledger.domain.prescribing.Supply;
import io.isoledger.history.PatientEvents.Recorded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The patient's courses, folded from the events with the {@link Evolver}: each with the sequence of
 * the prescription that opened it, its supplies, its end if it ended, and R13's restriction dates
 * (fixed at the end; while it goes on, following its last supplied day under the policy).
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

    static Courses of(String patientId, List<Recorded> events, Policy policy) {
        PatientState state = PatientState.initial(patientId);
        List<Entry> courses = new ArrayList<>();
        for (Recorded recorded : events) {
            Event event = recorded.event();
            state = Evolver.evolve(state, event);
            if (event instanceof PrescriptionIssued) {
                if (state.course().supplies().size() == 1) {
                    courses.add(new Entry(recorded.sequence(), state.course(), null, null, recorded.time()));
                } else {
                    replaceLast(courses, last(courses).with(state.course(), null, recorded.time()));
                }
            } else if (event instanceof TreatmentEnded ended && !courses.isEmpty()) {
                replaceLast(courses, last(courses).with(state.course(), ended, recorded.time()));
            }
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

    private static Entry last(List<Entry> courses) {
        return courses.get(courses.size() - 1);
    }

    private static void replaceLast(List<Entry> courses, Entry entry) {
        courses.set(courses.size() - 1, entry);
    }
}
