package io.isoledger.domain.rules;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The signs of harm a patient's facts hold (R18, R19, and R4's positive results), judged on the
 * whole state after every change: a fact entered late, or one that puts an earlier fact in a
 * window (a new supply, a change of reproductive potential), raises at once what it reveals, and
 * the same facts raise the same alerts in any order of entry.
 */
public final class HarmSignals {

    private HarmSignals() {}

    /** The signals {@code after} holds that {@code before} did not. */
    public static List<Signal> raisedBy(PatientState before, PatientState after, Policy policy) {
        Set<String> known = of(before, policy).stream().map(Signal::key).collect(Collectors.toSet());
        return of(after, policy).stream().filter(s -> !known.contains(s.key())).toList();
    }

    /** Every sign of harm the patient's facts hold now. */
    public static List<Signal> of(PatientState patient, Policy policy) {
        Map<String, Signal> byKey = new LinkedHashMap<>();
        Stream.concat(PregnancySignals.of(patient, policy).stream(), InteractionSignals.of(patient).stream())
                .forEach(signal -> byKey.putIfAbsent(signal.key(), signal));
        return List.copyOf(byKey.values());
    }
}
