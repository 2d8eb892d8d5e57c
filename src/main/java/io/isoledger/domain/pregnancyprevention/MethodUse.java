package io.isoledger.domain.pregnancyprevention;

import io.isoledger.domain.timeline.Retention;
import io.isoledger.domain.timeline.Timeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One method of {@link Contraception}: its use (true from a start or confirmation, false from a stop)
 * and the days a clinician confirmed it, by clinical date.
 */
public record MethodUse(Timeline<Boolean> inUse, List<LocalDate> confirmedOn) {

    public MethodUse {
        confirmedOn = List.copyOf(confirmedOn);
    }

    static MethodUse none() {
        return new MethodUse(Timeline.empty(), List.of());
    }

    MethodUse confirmed(LocalDate startedOn, LocalDate confirmed, long sequence) {
        Timeline<Boolean> use = inUse.with(startedOn, sequence, true);
        if (confirmed.isAfter(startedOn)) {
            use = use.with(confirmed, sequence, true);
        }
        List<LocalDate> dates = Retention.added(confirmedOn, confirmed, LocalDate::compareTo);
        return new MethodUse(use, Retention.keepInForceAtHorizon(dates, d -> d));
    }

    MethodUse stopped(LocalDate stoppedOn, long sequence) {
        return new MethodUse(inUse.with(stoppedOn, sequence, false), confirmedOn);
    }

    boolean inUseOn(LocalDate day) {
        return inUse.on(day).orElse(false);
    }

    /** The first day of the unbroken use that goes on through {@code day}. */
    Optional<LocalDate> inUseSince(LocalDate day) {
        if (!inUseOn(day)) {
            return Optional.empty();
        }
        LocalDate since = null;
        for (Timeline.Entry<Boolean> entry : inUse.entries()) {
            if (entry.from().isAfter(day)) {
                break;
            }
            if (!entry.value()) {
                since = null;
            } else if (since == null) {
                since = entry.from();
            }
        }
        return Optional.ofNullable(since);
    }

    Optional<LocalDate> lastConfirmedOnOrBefore(LocalDate day) {
        return confirmedOn.stream().filter(d -> !d.isAfter(day)).reduce((first, second) -> second);
    }
}
