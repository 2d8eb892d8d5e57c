package io.isoledger.domain.pregnancyprevention;

import io.isoledger.domain.ContraceptionMethod;
import io.isoledger.domain.ContraceptionSufficiency;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Each method of contraception as intervals of use (R5): in use from the day it started, and again
 * on the day a clinician confirmed it, until the day it was stopped. Which methods are in force on a
 * day, since when without a break, and when each was last confirmed, are read by clinical date.
 * Each method's own history is a {@link MethodUse}.
 */
public record Contraception(Map<ContraceptionMethod, MethodUse> methods) {

    public Contraception {
        methods = methods.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(methods));
    }

    public static Contraception none() {
        return new Contraception(Map.of());
    }

    public Contraception confirmed(
            Set<ContraceptionMethod> confirmed, LocalDate startedOn, LocalDate confirmedOn, long sequence) {
        return changed(confirmed, use -> use.confirmed(startedOn, confirmedOn, sequence));
    }

    public Contraception stopped(Set<ContraceptionMethod> stopped, LocalDate stoppedOn, long sequence) {
        return changed(stopped, use -> use.stopped(stoppedOn, sequence));
    }

    /** The methods in use on {@code day}. */
    public Set<ContraceptionMethod> inForceOn(LocalDate day) {
        return methodsWhere(use -> use.inUseOn(day));
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
        return methodsWhere(use ->
                use.inUseSince(day).filter(start -> !start.isAfter(since)).isPresent());
    }

    /**
     * The methods in use on {@code day} that a clinician last confirmed on or after {@code
     * confirmedFrom}; a confirmation after the day counts too, as it confirms use since its start.
     */
    public Set<ContraceptionMethod> inForceOnConfirmedSince(LocalDate day, LocalDate confirmedFrom) {
        return methodsWhere(use -> use.inUseOn(day)
                && use.lastConfirmedOnOrBefore(LocalDate.MAX)
                        .filter(d -> !d.isBefore(confirmedFrom))
                        .isPresent());
    }

    private Set<ContraceptionMethod> methodsWhere(Predicate<MethodUse> test) {
        Set<ContraceptionMethod> kept = EnumSet.noneOf(ContraceptionMethod.class);
        methods.forEach((method, use) -> {
            if (test.test(use)) {
                kept.add(method);
            }
        });
        return kept;
    }

    /** The contraception with the use of each of {@code changed} changed, a method not yet known starting from none. */
    private Contraception changed(Set<ContraceptionMethod> changed, UnaryOperator<MethodUse> change) {
        Map<ContraceptionMethod, MethodUse> next = new EnumMap<>(ContraceptionMethod.class);
        next.putAll(methods);
        changed.forEach(m -> next.put(m, change.apply(next.getOrDefault(m, MethodUse.none()))));
        return new Contraception(next);
    }
}
