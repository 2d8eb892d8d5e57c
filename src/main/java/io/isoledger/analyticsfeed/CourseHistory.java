package io.isoledger.analyticsfeed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One course of treatment as the feed needs it: its number, first day, supplies and end. The doses
 * are taken as prescribed from each supply's start, as rule R17 takes them: the feed knows what was
 * supplied, not what was swallowed.
 */
final class CourseHistory {

    /** One supply: its days and its daily dose; the prescription id stays inside the feed. */
    record SupplyDays(String prescriptionId, LocalDate startsOn, LocalDate endsOn, int dailyDoseMg) {}

    private final int number;
    private final LocalDate startedOn;
    private final List<SupplyDays> supplies = new ArrayList<>();
    private LocalDate endedOn;

    CourseHistory(int number, LocalDate startedOn) {
        this.number = number;
        this.startedOn = startedOn;
    }

    int number() {
        return number;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    boolean ended() {
        return endedOn != null;
    }

    void add(SupplyDays supply) {
        supplies.add(supply);
    }

    /** The supply of a prescription of this course, if it is one. */
    Optional<SupplyDays> supply(String prescriptionId) {
        return supplies.stream()
                .filter(s -> s.prescriptionId().equals(prescriptionId))
                .findFirst();
    }

    /** A supply that expired undispensed (rule R22): never taken, it adds no dose. */
    void expired(String prescriptionId) {
        supplies.removeIf(s -> s.prescriptionId().equals(prescriptionId));
    }

    void end(LocalDate day) {
        endedOn = day;
    }

    /** The mg supplied for the course's days up to and including {@code day}, none after its end. */
    long mgTakenBy(LocalDate day) {
        LocalDate last = endedOn != null && endedOn.isBefore(day) ? endedOn : day;
        long mg = 0;
        for (SupplyDays supply : supplies) {
            LocalDate to = supply.endsOn().isBefore(last) ? supply.endsOn() : last;
            long days = to.toEpochDay() - supply.startsOn().toEpochDay() + 1;
            mg += Math.max(0, days) * supply.dailyDoseMg();
        }
        return mg;
    }

    /** The daily dose of the supply covering {@code day} (the latest to start, if two overlap). */
    Optional<Integer> dailyDoseOn(LocalDate day) {
        if (endedOn != null && day.isAfter(endedOn)) {
            return Optional.empty();
        }
        return supplies.stream()
                .filter(s -> !day.isBefore(s.startsOn()) && !day.isAfter(s.endsOn()))
                .max(Comparator.comparing(SupplyDays::startsOn))
                .map(SupplyDays::dailyDoseMg);
    }
}
