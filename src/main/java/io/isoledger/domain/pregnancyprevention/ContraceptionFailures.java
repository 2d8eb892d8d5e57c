package io.isoledger.domain.pregnancyprevention;

import io.isoledger.domain.ContraceptionFailureKind;
import io.isoledger.domain.timeline.Retention;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Every failure of contraception reported, by the day it happened (R18). */
public record ContraceptionFailures(List<Failure> failures) {

    public record Failure(LocalDate occurredOn, ContraceptionFailureKind kind) {}

    public ContraceptionFailures {
        failures = List.copyOf(failures);
    }

    public static ContraceptionFailures none() {
        return new ContraceptionFailures(List.of());
    }

    /** With one more failure; those older than the retention horizon can raise nothing any more. */
    public ContraceptionFailures with(Failure failure) {
        List<Failure> all = Retention.added(
                failures, failure, Comparator.comparing(Failure::occurredOn).thenComparing(Failure::kind));
        return new ContraceptionFailures(Retention.keepFromHorizon(all, Failure::occurredOn));
    }
}
