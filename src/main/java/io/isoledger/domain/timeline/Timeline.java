package io.isoledger.domain.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A fact that changes over time, as a step function of its clinical dates: the value in force on a
 * day is the one of the latest entry dated on or before it. The order of entry only breaks ties
 * between entries of the same date ({@code sequence}, the event's stream version), so a backdated
 * entry is kept and never overrides a newer fact.
 */
public record Timeline<T>(List<Entry<T>> entries) {

    /** One dated value; {@code sequence} is the stream version of the event that recorded it. */
    public record Entry<T>(LocalDate from, long sequence, T value) {}

    private static final Comparator<Entry<?>> CLINICAL_ORDER =
            Comparator.<Entry<?>, LocalDate>comparing(Entry::from).thenComparingLong(Entry::sequence);

    public Timeline {
        entries = List.copyOf(entries);
    }

    public static <T> Timeline<T> empty() {
        return new Timeline<>(List.of());
    }

    /** This timeline with one more entry, in clinical order, then summarised (see {@link Retention}). */
    public Timeline<T> with(LocalDate from, long sequence, T value) {
        List<Entry<T>> all = new ArrayList<>(entries);
        all.add(new Entry<>(from, sequence, value));
        all.sort(CLINICAL_ORDER);
        return new Timeline<>(Retention.keepInForceAtHorizon(all, Entry::from));
    }

    /** The entry in force on {@code day}: the latest dated on or before it. */
    public Optional<Entry<T>> entryOn(LocalDate day) {
        Entry<T> inForce = null;
        for (Entry<T> entry : entries) {
            if (entry.from().isAfter(day)) {
                break;
            }
            inForce = entry;
        }
        return Optional.ofNullable(inForce);
    }

    public Optional<T> on(LocalDate day) {
        return entryOn(day).map(Entry::value);
    }

    /**
     * The value in force on {@code day}, or for a day before every entry the earliest one: the
     * value recorded at enrolment also stands for the time before it.
     */
    public Optional<T> onOrEarliest(LocalDate day) {
        return on(day).or(() -> entries.isEmpty()
                ? Optional.empty()
                : Optional.of(entries.get(0).value()));
    }

    /** The newest value by clinical date. */
    public Optional<T> latest() {
        return entries.isEmpty()
                ? Optional.empty()
                : Optional.of(entries.get(entries.size() - 1).value());
    }

    /** Entries dated after {@code day}, oldest first. */
    public List<Entry<T>> after(LocalDate day) {
        return entries.stream().filter(e -> e.from().isAfter(day)).toList();
    }
}
