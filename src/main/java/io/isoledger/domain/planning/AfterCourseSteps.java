package io.isoledger.domain.planning;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Restrictions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * After a course: the restrictions its end fixed (R13), each a step done once its last day has
 * passed, and the policy's follow-up pregnancy test for a patient who can become pregnant.
 */
final class AfterCourseSteps {

    /** The follow-up test may be sampled from its day for a week. */
    static final int FOLLOW_UP_WINDOW_DAYS = 7;

    private AfterCourseSteps() {}

    static List<Step> of(PatientState patient, Policy policy, LocalDate today) {
        LocalDate end = patient.course().endedOn();
        Restrictions r = patient.endRestrictions();
        List<Step> steps = new ArrayList<>();
        if (r.contraceptionRequiredUntil() != null) {
            steps.add(restriction("Keep using contraception", end, r.contraceptionRequiredUntil(), today));
        }
        steps.add(restriction(
                "Do not donate blood", end, r.bloodDonationAllowedFrom().minusDays(1), today));
        steps.add(restriction(
                "No laser, light, peeling or waxing",
                end,
                r.cosmeticProceduresAllowedFrom().minusDays(1),
                today));
        if (patient.canBecomePregnantOn(end)) {
            LocalDate from = end.plusDays(policy.followUpPregnancyTestDaysAfterEnd());
            LocalDate to = from.plusDays(FOLLOW_UP_WINDOW_DAYS);
            boolean sampled = patient.pregnancyResults()
                            .latestNegativeTestBetween(from, to)
                            .isPresent()
                    || patient.pregnancyResults()
                            .latestPositiveOnOrBefore(to)
                            .filter(t -> !t.sampledOn().isBefore(from))
                            .isPresent();
            steps.add(new Step("R13", "Sample a follow-up pregnancy test", from, to, sampled));
        }
        return steps;
    }

    private static Step restriction(String action, LocalDate end, LocalDate lastDay, LocalDate today) {
        return new Step("R13", action, end, lastDay, today.isAfter(lastDay));
    }
}
