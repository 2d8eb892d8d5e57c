package io.isoledger.domain.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A fact as a step function of its clinical dates: the value in force on a day is the latest dated
 * on or before it; the entry's sequence only breaks ties of one date, so the order in which the
 * entries arrive never changes the result.
 */
class TimelineTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 25);

    @Test
    void on_isEmpty_beforeTheFirstEntry_andTheLatestEntryOnOrBeforeTheDay_after() {
        var t = Timeline.<String>empty().with(D, 1, "a").with(D.plusDays(10), 2, "b");

        assertThat(t.on(D.minusDays(1))).isEmpty();
        assertThat(t.on(D)).contains("a");
        assertThat(t.on(D.plusDays(9))).contains("a");
        assertThat(t.on(D.plusDays(10))).contains("b");
        assertThat(t.on(D.plusDays(1000))).contains("b");
    }

    @Test
    void on_ignoresTheOrderOfEntry_aBackdatedEntryNeverOverridesANewerOne() {
        var t = Timeline.<String>empty().with(D.plusDays(10), 1, "newer").with(D, 2, "backdated");

        assertThat(t.on(D.plusDays(10))).contains("newer");
        assertThat(t.on(D.plusDays(5))).contains("backdated");
        assertThat(t.latest()).contains("newer");
    }

    @Test
    void on_takesTheHigherSequence_forEntriesOfTheSameDate_whicheverWasAddedFirst() {
        var inOrder = Timeline.<String>empty().with(D, 1, "first").with(D, 2, "second");
        var reversed = Timeline.<String>empty().with(D, 2, "second").with(D, 1, "first");

        assertThat(inOrder.on(D)).contains("second");
        assertThat(reversed).isEqualTo(inOrder);
    }

    @Test
    void onOrEarliest_standsTheEarliestValueForDaysBeforeEveryEntry() {
        var t = Timeline.<Integer>empty().with(D.plusDays(10), 2, 80).with(D, 1, 58);

        assertThat(t.onOrEarliest(D.minusDays(100))).contains(58);
        assertThat(t.onOrEarliest(D.plusDays(11))).contains(80);
        assertThat(Timeline.<Integer>empty().onOrEarliest(D)).isEmpty();
    }

    @Test
    void after_listsTheEntriesDatedAfterTheDay_oldestFirst() {
        var t = Timeline.<String>empty()
                .with(D.plusDays(3), 1, "c")
                .with(D, 2, "a")
                .with(D.plusDays(1), 3, "b");

        assertThat(t.after(D)).extracting(Timeline.Entry::value).containsExactly("b", "c");
        assertThat(t.after(D.plusDays(3))).isEmpty();
    }

    @Test
    void with_givesTheSameTimeline_forEveryOrderOfTheSameEntries() {
        List<Timeline.Entry<Integer>> entries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Spread over 4 years so that retention summarises too; a few days repeat.
            entries.add(new Timeline.Entry<>(D.minusDays((i * 37L) % 1500), i + 1, i));
        }
        Timeline<Integer> expected = build(entries);
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<Timeline.Entry<Integer>> shuffled = new ArrayList<>(entries);
            Collections.shuffle(shuffled, random);
            assertThat(build(shuffled)).isEqualTo(expected);
        }
    }

    private static Timeline<Integer> build(List<Timeline.Entry<Integer>> entries) {
        Timeline<Integer> t = Timeline.empty();
        for (Timeline.Entry<Integer> e : entries) {
            t = t.with(e.from(), e.sequence(), e.value());
        }
        return t;
    }
}
