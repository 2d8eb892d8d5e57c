package io.isoledger.domain.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Keeps the decider's state bounded. No rule looks back further than a policy window (days to
 * months) from a date on or after the newest fact, so facts more than {@link #DAYS} days older than
 * the newest of their kind are summarised: the one still in force at that horizon is kept, the
 * older ones are dropped from the state (never from the event log). The result depends only on the
 * set of facts, not on the order they were entered.
 */
public final class Retention {

    /** Two years: far beyond every policy window. */
    public static final int DAYS = 730;

    private Retention() {}

    /** The horizon of facts whose newest date is {@code newest}. */
    public static LocalDate horizon(LocalDate newest) {
        return newest.minusDays(DAYS);
    }

    /** A new list of {@code entries} and {@code added}, in clinical {@code order}: how a history takes a fact. */
    public static <E> List<E> added(List<E> entries, E added, Comparator<? super E> order) {
        List<E> all = new ArrayList<>(entries);
        all.add(added);
        all.sort(order);
        return all;
    }

    /** Entries (in clinical order) on or after the horizon: those before it can no longer count. */
    public static <E> List<E> keepFromHorizon(List<E> ordered, Function<E, LocalDate> date) {
        if (ordered.isEmpty()) {
            return ordered;
        }
        LocalDate horizon = horizon(newest(ordered, date));
        return ordered.stream().filter(e -> !date.apply(e).isBefore(horizon)).toList();
    }

    /**
     * Entries (in clinical order) on or after the horizon, and before it only the last one, which is
     * in force at the horizon.
     */
    public static <E> List<E> keepInForceAtHorizon(List<E> ordered, Function<E, LocalDate> date) {
        if (ordered.isEmpty()) {
            return ordered;
        }
        LocalDate horizon = horizon(newest(ordered, date));
        int firstKept = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (date.apply(ordered.get(i)).isBefore(horizon)) {
                firstKept = i;
            }
        }
        return List.copyOf(ordered.subList(firstKept, ordered.size()));
    }

    /**
     * Entries (in clinical order) on or after the horizon, and before it the last one of each of the
     * given classes: what "the latest of this class before a day" can still need.
     */
    @SafeVarargs
    public static <E> List<E> keepLatestOfEachBeforeHorizon(
            List<E> ordered, Function<E, LocalDate> date, Predicate<E>... classes) {
        if (ordered.isEmpty()) {
            return ordered;
        }
        LocalDate horizon = horizon(newest(ordered, date));
        List<E> kept = new ArrayList<>();
        for (Predicate<E> kind : classes) {
            lastBefore(ordered, date, horizon, kind).ifPresent(kept::add);
        }
        List<E> result = new ArrayList<>();
        for (E e : ordered) {
            if (!date.apply(e).isBefore(horizon) || kept.contains(e)) {
                result.add(e);
            }
        }
        return List.copyOf(result);
    }

    private static <E> Optional<E> lastBefore(
            List<E> ordered, Function<E, LocalDate> date, LocalDate horizon, Predicate<E> kind) {
        E last = null;
        for (E e : ordered) {
            if (date.apply(e).isBefore(horizon) && kind.test(e)) {
                last = e;
            }
        }
        return Optional.ofNullable(last);
    }

    private static <E> LocalDate newest(List<E> entries, Function<E, LocalDate> date) {
        return entries.stream().map(date).max(LocalDate::compareTo).orElseThrow();
    }
}
