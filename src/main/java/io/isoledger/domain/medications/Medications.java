package io.isoledger.domain.medications;

import io.isoledger.domain.DrugClass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Concomitant medications as intervals by clinical date (R6, R19). A record with {@code stoppedOn}
 * ends its own interval and every open one of the same drug that started on or before that day, so
 * "minocycline, stopped on 1 November" ends the minocycline recorded as started earlier, whichever
 * was entered first. A stop is the last day taken.
 */
public record Medications(List<Taken> records) {

    /** One record of a drug: from {@code startedOn}, to {@code stoppedOn} or open. */
    public record Taken(String name, DrugClass drugClass, LocalDate startedOn, LocalDate stoppedOn) {

        boolean sameDrug(Taken other) {
            return key().equals(other.key());
        }

        String key() {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    /** One drug's use, with its stop as the records together say. */
    public record Interval(String name, DrugClass drugClass, LocalDate from, Optional<LocalDate> to) {

        public boolean overlaps(LocalDate first, LocalDate last) {
            return !from.isAfter(last) && to.map(t -> !t.isBefore(first)).orElse(true);
        }
    }

    public Medications {
        records = List.copyOf(records);
    }

    public static Medications none() {
        return new Medications(List.of());
    }

    public Medications with(Taken taken) {
        List<Taken> all = new ArrayList<>(records);
        all.add(taken);
        return new Medications(all);
    }

    /** Every interval, each record's stop completed by the other records of the same drug. */
    public List<Interval> intervals() {
        return records.stream()
                .map(r -> new Interval(r.name(), r.drugClass(), r.startedOn(), effectiveStop(r)))
                .toList();
    }

    /** The intervals of drugs of these classes that overlap {@code [first, last]}. */
    public List<Interval> ofClassesDuring(Set<DrugClass> classes, LocalDate first, LocalDate last) {
        return intervals().stream()
                .filter(i -> classes.contains(i.drugClass()) && i.overlaps(first, last))
                .toList();
    }

    private Optional<LocalDate> effectiveStop(Taken record) {
        if (record.stoppedOn() != null) {
            return Optional.of(record.stoppedOn());
        }
        return records.stream()
                .filter(other -> other.sameDrug(record) && other.stoppedOn() != null)
                .map(Taken::stoppedOn)
                .filter(stop -> !stop.isBefore(record.startedOn()))
                .min(LocalDate::compareTo);
    }
}
