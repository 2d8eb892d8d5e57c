package io.isoledger.domain.rules;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Restrictions;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The days of the current (or last) course in which a sign of harm must stop treatment at once:
 * from the course's start to its last day of treatment ({@link #treatment}), or to the last day
 * contraception is required after it ({@link #pregnancy}, R18).
 */
public record HarmWindow(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether {@code [first, last]} (last empty: open-ended) shares a day with this window. */
    public boolean overlaps(LocalDate first, Optional<LocalDate> last) {
        return !first.isAfter(to) && last.map(l -> !l.isBefore(from)).orElse(true);
    }

    /** R19: the course's treatment days. */
    public static Optional<HarmWindow> treatment(PatientState patient) {
        LocalDate start = patient.courseStartedOn();
        return patient.course().lastTreatmentDay().filter(end -> start != null).map(end -> new HarmWindow(start, end));
    }

    /** R18: the treatment days and the days contraception is still required after them. */
    public static Optional<HarmWindow> pregnancy(PatientState patient, Policy policy) {
        return treatment(patient)
                .map(t -> new HarmWindow(
                        t.from(),
                        Restrictions.of(patient, policy)
                                .map(Restrictions::contraceptionRequiredUntil)
                                .filter(until -> until.isAfter(t.to()))
                                .orElse(t.to())));
    }
}
