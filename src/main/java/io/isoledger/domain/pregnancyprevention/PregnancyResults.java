package io.isoledger.domain.pregnancyprevention;

import io.isoledger.domain.timeline.Retention;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every pregnancy result by the date it was sampled (R4, R18): the pregnancy tests, and hCG from
 * blood panels, which counts when it is positive. A negative result clears a positive one only if
 * it was sampled on a later day.
 */
public record PregnancyResults(List<Result> results) {

    /** How a result was obtained: only a negative pregnancy test counts for R4. */
    public enum Source {
        PREGNANCY_TEST,
        HCG_IN_BLOOD_PANEL
    }

    /** {@code what}: the result as an alert names it, e.g. "Positive SERUM pregnancy test". */
    public record Result(LocalDate sampledOn, long sequence, boolean positive, Source source, String what) {}

    private static final Comparator<Result> CLINICAL_ORDER =
            Comparator.comparing(Result::sampledOn).thenComparingLong(Result::sequence);

    public PregnancyResults {
        results = List.copyOf(results);
    }

    public static PregnancyResults none() {
        return new PregnancyResults(List.of());
    }

    public PregnancyResults with(Result result) {
        List<Result> all = Retention.added(results, result, CLINICAL_ORDER);
        return new PregnancyResults(
                Retention.keepLatestOfEachBeforeHorizon(all, Result::sampledOn, Result::positive, r -> !r.positive()));
    }

    /** The latest positive result sampled on or before {@code day}. */
    public Optional<Result> latestPositiveOnOrBefore(LocalDate day) {
        return results.stream()
                .filter(r -> r.positive() && !r.sampledOn().isAfter(day))
                .reduce((first, second) -> second);
    }

    /** The latest negative pregnancy test sampled in {@code [from, to]}. */
    public Optional<LocalDate> latestNegativeTestBetween(LocalDate from, LocalDate to) {
        return results.stream()
                .filter(r -> !r.positive() && r.source() == Source.PREGNANCY_TEST)
                .map(Result::sampledOn)
                .filter(d -> !d.isBefore(from) && !d.isAfter(to))
                .reduce((first, second) -> second);
    }

    /** The first negative pregnancy test sampled after {@code day}: when a positive of that day stops standing. */
    public Optional<LocalDate> firstNegativeTestAfter(LocalDate day) {
        return results.stream()
                .filter(r -> !r.positive() && r.source() == Source.PREGNANCY_TEST)
                .map(Result::sampledOn)
                .filter(d -> d.isAfter(day))
                .findFirst();
    }

    /** Every positive result, oldest first. */
    public List<Result> positives() {
        return results.stream().filter(Result::positive).toList();
    }

    /**
     * The positive result that stands on {@code day}: the latest one sampled on or before it, unless
     * a negative test sampled after it (and on or before the day) clears it.
     */
    public Optional<Result> unclearedPositiveOn(LocalDate day) {
        return latestPositiveOnOrBefore(day)
                .filter(p -> latestNegativeTestBetween(p.sampledOn().plusDays(1), day)
                        .isEmpty());
    }
}
