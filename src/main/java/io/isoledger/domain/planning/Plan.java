package io.isoledger.domain.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * What a patient must do, by when: for a prescription starting on {@code startsOn} (the earliest
 * the facts and the policy allow, unless another was asked for), each step still needed with its
 * window; during a course, the steps of the next supply; after its end, the restrictions that
 * outlast it.
 *
 * @param earliestStart the first day a prescription can start; null while something no date
 *     cures stands in the way (a pregnancy, an interacting drug without a stop): see the steps
 * @param startsOn the start the steps are for; null after a course's end
 */
public record Plan(Phase phase, LocalDate earliestStart, LocalDate startsOn, List<Step> steps) {

    /** Where the patient stands. */
    public enum Phase {
        BEFORE_A_COURSE,
        IN_A_COURSE,
        AFTER_A_COURSE
    }

    public Plan {
        steps = List.copyOf(steps);
    }
}
