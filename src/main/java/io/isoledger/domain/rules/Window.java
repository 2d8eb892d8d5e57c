package io.isoledger.domain.rules;

import java.time.LocalDate;

/**
 * The days, both included, in which something must happen for a rule to pass: a test sampled, a
 * prescription issued, a supply dispensed. {@code from} is null where only a deadline applies.
 */
public record Window(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && !day.isAfter(to);
    }
}
