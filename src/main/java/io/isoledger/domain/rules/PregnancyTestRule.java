package io.isoledger.domain.rules;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Violation;
import io.isoledger.domain.pregnancyprevention.PregnancyResults;
import io.isoledger.domain.pregnancyprevention.PregnancyResults.Result;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * R4: a patient who can become pregnant has a negative pregnancy test sampled within the policy
 * window before the supply's start, and after the latest positive result (a positive test, or hCG of
 * 5 mIU/mL or more in a blood panel). Resolving a positive result's alert does not clear it.
 */
public final class PregnancyTestRule extends CatalogueRule {

    static final String ID = "R4";

    public PregnancyTestRule() {
        super(
                ID,
                "a patient who can become pregnant has a negative pregnancy test sampled within the policy window"
                        + " before the supply's start, and after the latest positive result (test or hCG >= 5 mIU/mL)");
    }

    @Override
    public List<Violation> check(Proposal p) {
        return onDay(p.patient(), p.policy(), p.startsOn());
    }

    /**
     * The days a negative test must be sampled in for R4 on {@code day}: within the policy's window
     * and after the latest positive result; empty for a patient who cannot become pregnant.
     */
    public static Optional<Window> window(PatientState patient, Policy policy, LocalDate day) {
        if (!patient.canBecomePregnantOn(day)) {
            return Optional.empty();
        }
        LocalDate windowFrom = day.minusDays(policy.pregnancyTestMaxAgeDays());
        LocalDate from = patient.pregnancyResults()
                .latestPositiveOnOrBefore(day)
                .map(r -> r.sampledOn().plusDays(1))
                .filter(afterPositive -> afterPositive.isAfter(windowFrom))
                .orElse(windowFrom);
        return Optional.of(new Window(from, day));
    }

    /** R4 judged on {@code day}: a supply's start, or the day it is dispensed (R22). */
    static List<Violation> onDay(PatientState patient, Policy policy, LocalDate day) {
        Optional<Window> window = window(patient, policy, day);
        PregnancyResults results = patient.pregnancyResults();
        if (window.isEmpty()
                || results.latestNegativeTestBetween(window.get().from(), day).isPresent()) {
            return List.of();
        }
        Optional<Result> positive = results.latestPositiveOnOrBefore(day);
        String required =
                "No negative pregnancy test sampled within " + policy.pregnancyTestMaxAgeDays() + " days before " + day;
        return List.of(new Violation(
                ID,
                positive.map(r -> required + " and after the positive result sampled on " + r.sampledOn() + " ("
                                + describe(r) + ").")
                        .orElse(required + ".")));
    }

    private static String describe(Result positive) {
        return positive.source() == PregnancyResults.Source.PREGNANCY_TEST
                ? "a pregnancy test"
                : "hCG in a blood panel";
    }
}
