package io.isoledger.domain.pregnancyprevention;

import io.isoledger.domain.ContraceptionMethod;
import io.isoledger.domain.ContraceptionSufficiency;
import io.isoledger.domain.timeline.Retention;
import io.isoledger.domain.timeline.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each method of contraception as intervals of use (R5): in use from the day it started, and again
 * on the day a clinician confirmed it, until the day it was stopped. Which methods are in force on a
 * day, since when without a break, and when each was last confirmed, are read by clinical date.
 */
public record Contraception(Map<ContraceptionMethod, MethodUse> methods) {

    /** One method's use (true from a start or confirmation, false from a stop) and its confirmations. */
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
            List<LocalDate> dates = new ArrayList<>(confirmedOn);
            dates.add(confirmed);
            dates.sort(LocalDate::compareTo);
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

    public Contraception {
        methods = methods.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(methods));
    }

    public static Contraception none() {
        return new Contraception(Map.of());
    }

    public Contraception confirmed(
            Set<ContraceptionMethod> confirmed, LocalDate startedOn, LocalDate confirmedOn, long sequence) {
        Map<ContraceptionMethod, MethodUse> next = copy();
        confirmed.forEach(
                m -> next.put(m, next.getOrDefault(m, MethodUse.none()).confirmed(startedOn, confirmedOn, sequence)));
        return new Contraception(next);
    }

    public Contraception stopped(Set<ContraceptionMethod> stopped, LocalDate stoppedOn, long sequence) {
        Map<ContraceptionMethod, MethodUse> next = copy();
        stopped.forEach(m -> next.put(m, next.getOrDefault(m, MethodUse.none()).stopped(stoppedOn, sequence)));
        return new Contraception(next);
    }

    /** The methods in use on {@code day}. */
    public Set<ContraceptionMethod> inForceOn(LocalDate day) {
        Set<ContraceptionMethod> inForce = EnumSet.noneOf(ContraceptionMethod.class);
        methods.forEach((method, use) -> {
            if (use.inUseOn(day)) {
                inForce.add(method);
            }
        });
        return inForce;
    }

    /** The first day of the unbroken use of {@code method} that goes on through {@code day}. */
    public Optional<LocalDate> inUseSince(ContraceptionMethod method, LocalDate day) {
        return Optional.ofNullable(methods.get(method)).flatMap(use -> use.inUseSince(day));
    }

    /** The last day a clinician confirmed {@code method}, on or before {@code day}. */
    public Optional<LocalDate> lastConfirmedOn(ContraceptionMethod method, LocalDate day) {
        return Optional.ofNullable(methods.get(method)).flatMap(use -> use.lastConfirmedOnOrBefore(day));
    }

    /**
     * The first day from which methods that suffice have been in use without a break through
     * {@code day}; empty when the methods in use on {@code day} do not suffice.
     */
    public Optional<LocalDate> sufficientSince(LocalDate day, ContraceptionSufficiency sufficiency) {
        List<LocalDate> starts = inForceOn(day).stream()
                .map(m -> methods.get(m).inUseSince(day).orElseThrow())
                .distinct()
                .sorted()
                .toList();
        return starts.stream()
                .filter(since -> sufficiency.suffices(inForceOnSince(day, since)))
                .findFirst();
    }

    /** The methods in use on {@code day} without a break since {@code since} or earlier. */
    public Set<ContraceptionMethod> inForceOnSince(LocalDate day, LocalDate since) {
        Set<ContraceptionMethod> kept = EnumSet.noneOf(ContraceptionMethod.class);
        methods.forEach((method, use) ->
                use.inUseSince(day).filter(start -> !start.isAfter(since)).ifPresent(start -> kept.add(method)));
        return kept;
    }

    /**
     * The methods in use on {@code day} that a clinician last confirmed on or after {@code
     * confirmedFrom}; a confirmation after the day counts too, as it confirms use since its start.
     */
    public Set<ContraceptionMethod> inForceOnConfirmedSince(LocalDate day, LocalDate confirmedFrom) {
        Set<ContraceptionMethod> kept = EnumSet.noneOf(ContraceptionMethod.class);
        methods.forEach((method, use) -> {
            boolean recent = use.lastConfirmedOnOrBefore(LocalDate.MAX)
                    .filter(d -> !d.isBefore(confirmedFrom))
                    .isPresent();
            if (use.inUseOn(day) && recent) {
                kept.add(method);
            }
        });
        return kept;
    }

    private Map<ContraceptionMethod, MethodUse> copy() {
        Map<ContraceptionMethod, MethodUse> copy = new EnumMap<>(ContraceptionMethod.class);
        copy.putAll(methods);
        return copy;
    }
}
