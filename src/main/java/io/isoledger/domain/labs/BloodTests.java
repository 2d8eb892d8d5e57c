package io.isoledger.domain.labs;

import io.isoledger.domain.Analyte;
import io.isoledger.domain.timeline.Retention;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The analytes of each blood test by the day it was sampled: what R2 asks for. */
public record BloodTests(List<Sampled> tests) {

    public record Sampled(LocalDate sampledOn, Set<Analyte> analytes) {
        public Sampled {
            analytes = analytes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(analytes));
        }
    }

    public BloodTests {
        tests = List.copyOf(tests);
    }

    public static BloodTests none() {
        return new BloodTests(List.of());
    }

    /** With one more test; tests older than the retention horizon can no longer count and are dropped. */
    public BloodTests with(Sampled test) {
        List<Sampled> all = Retention.added(tests, test, Comparator.comparing(Sampled::sampledOn));
        return new BloodTests(Retention.keepFromHorizon(all, Sampled::sampledOn));
    }

    /** Whether {@code analyte} was sampled on a day in {@code [from, to]}. */
    public boolean sampledBetween(Analyte analyte, LocalDate from, LocalDate to) {
        return tests.stream()
                .filter(t -> t.analytes().contains(analyte))
                .anyMatch(t -> !t.sampledOn().isBefore(from) && !t.sampledOn().isAfter(to));
    }
}
