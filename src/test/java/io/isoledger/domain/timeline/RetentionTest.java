package io.isoledger.domain.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Facts more than 730 days older than the newest of their kind are summarised: the one in force at
 * that horizon is kept, so every day from the horizon on reads the same value as before, and the
 * result depends only on the set of facts.
 */
class RetentionTest {

    private static final LocalDate NEWEST = LocalDate.of(2026, 11, 25);

    @Test
    void horizon_is730DaysBeforeTheNewest() {
        assertThat(Retention.horizon(NEWEST)).isEqualTo(NEWEST.minusDays(730));
    }

    @Test
    void keepInForceAtHorizon_keepsEntriesOnOrAfterTheHorizon_andOnlyTheLastOneBeforeIt() {
        List<LocalDate> dates = List.of(NEWEST.minusDays(900), NEWEST.minusDays(731), NEWEST.minusDays(730), NEWEST);

        assertThat(Retention.keepInForceAtHorizon(dates, Function.identity()))
                .containsExactly(NEWEST.minusDays(731), NEWEST.minusDays(730), NEWEST);
    }

    @Test
    void keepInForceAtHorizon_keepsEverything_whenNothingIsOlderThanTheHorizon() {
        List<LocalDate> dates = List.of(NEWEST.minusDays(730), NEWEST.minusDays(1), NEWEST);

        assertThat(Retention.keepInForceAtHorizon(dates, Function.identity())).isEqualTo(dates);
        assertThat(Retention.keepInForceAtHorizon(List.<LocalDate>of(), Function.identity()))
                .isEmpty();
    }

    @Test
    void keepLatestOfEachBeforeHorizon_keepsTheLastEntryOfEachClassBeforeTheHorizon() {
        // Even days stand for negatives, odd for positives, say.
        List<LocalDate> dates = List.of(
                NEWEST.minusDays(1000), NEWEST.minusDays(999), NEWEST.minusDays(800), NEWEST.minusDays(795), NEWEST);

        assertThat(Retention.keepLatestOfEachBeforeHorizon(
                        dates, Function.identity(), d -> d.toEpochDay() % 2 == 0, d -> d.toEpochDay() % 2 != 0))
                .containsExactly(NEWEST.minusDays(800), NEWEST.minusDays(795), NEWEST);
    }

    @Test
    void timeline_readsTheSameValueOnEveryDayFromTheHorizon_asWithoutSummarising() {
        Timeline<Integer> t = Timeline.empty();
        List<int[]> raw = new ArrayList<>(); // {days before NEWEST, value}
        for (int i = 0; i < 30; i++) {
            int daysBefore = (i * 97) % 1400;
            raw.add(new int[] {daysBefore, i});
            t = t.with(NEWEST.minusDays(daysBefore), i + 1, i);
        }
        assertThat(t.entries().get(0).from()).isBefore(Retention.horizon(NEWEST).plusDays(1));
        for (LocalDate day = Retention.horizon(NEWEST); !day.isAfter(NEWEST); day = day.plusDays(1)) {
            assertThat(t.on(day)).as("on %s", day).contains(naiveOn(raw, day));
        }
    }

    @Test
    void timeline_summarisesToTheSameEntries_whateverOrderTheFactsArrive() {
        List<Integer> daysBefore = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            daysBefore.add((i * 131) % 2000);
        }
        Timeline<Integer> expected = build(daysBefore);
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<Integer> shuffled = new ArrayList<>(daysBefore);
            Collections.shuffle(shuffled, random);
            assertThat(build(shuffled).entries())
                    .extracting(Timeline.Entry::from)
                    .isEqualTo(expected.entries().stream()
                            .map(Timeline.Entry::from)
                            .toList());
        }
    }

    private static Timeline<Integer> build(List<Integer> daysBefore) {
        Timeline<Integer> t = Timeline.empty();
        for (int d : daysBefore) {
            // The value and sequence follow the date, not the arrival: equal facts, equal entries.
            t = t.with(NEWEST.minusDays(d), 10_000 - d, d);
        }
        return t;
    }

    private static int naiveOn(List<int[]> raw, LocalDate day) {
        int best = -1;
        long bestDate = Long.MIN_VALUE;
        for (int[] r : raw) {
            long date = NEWEST.minusDays(r[0]).toEpochDay();
            if (date <= day.toEpochDay() && date >= bestDate) {
                best = r[1];
                bestDate = date;
            }
        }
        return best;
    }
}
