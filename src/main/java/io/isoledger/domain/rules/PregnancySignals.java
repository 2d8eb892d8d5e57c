package io.isoledger.domain.rules;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.ReproductiveStatus;
import io.isoledger.domain.pregnancyprevention.ContraceptionFailures.Failure;
import io.isoledger.domain.pregnancyprevention.PregnancyResults.Result;
import io.isoledger.domain.timeline.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R18: during a course, or until contraception is no longer required after it, a pregnancy (or
 * breastfeeding, or trying to conceive) declared, a positive pregnancy result, or a failure of
 * contraception for a patient who could then become pregnant, is a blocking alert: stop the drug
 * and contact the prescriber. A fact counts when it was in force on a day of that window, however
 * late it was typed. Outside any window a positive result is still R4's blocking alert.
 */
public final class PregnancySignals {

    public static final String RULE = "R18";
    static final String SUMMARY = "during a course or until contraception is no longer required after it: pregnant,"
            + " trying to conceive or breastfeeding declared, a positive pregnancy result, or a contraception failure"
            + " raise a blocking alert: stop isotretinoin and contact the prescriber";
    static final String ACTION = "Stop isotretinoin and contact the prescriber.";

    private PregnancySignals() {}

    public static List<Signal> of(PatientState patient, Policy policy) {
        List<HarmWindow> windows = HarmWindow.pregnancy(patient, policy);
        List<Signal> signals = new ArrayList<>();
        Timeline<ReproductiveStatus> statuses = patient.reproductiveStatuses();
        for (Timeline.Entry<ReproductiveStatus> declared : statuses.entries()) {
            // A status stands from its date until the next declaration dated after it.
            Optional<LocalDate> until = statuses.after(declared.from()).stream()
                    .findFirst()
                    .map(next -> next.from().minusDays(1));
            if (declared.value().excludesTreatment()) {
                touching(windows, declared.from(), until)
                        .map(w -> r18(declared.value() + " declared from " + declared.from(), w, declared.from()))
                        .ifPresent(signals::add);
            }
        }
        for (Result positive : patient.pregnancyResults().positives()) {
            Optional<LocalDate> until = patient.pregnancyResults()
                    .firstNegativeTestAfter(positive.sampledOn())
                    .map(d -> d.minusDays(1));
            signals.add(touching(windows, positive.sampledOn(), until)
                    .map(w -> r18(positive.what() + " sampled on " + positive.sampledOn(), w, positive.sampledOn()))
                    .orElseGet(() -> r4(positive)));
        }
        for (Failure failure : patient.contraceptionFailures().failures()) {
            if (patient.canBecomePregnantOn(failure.occurredOn())) {
                String what = "Contraception failure (" + failure.kind() + ") on " + failure.occurredOn();
                touching(windows, failure.occurredOn(), Optional.of(failure.occurredOn()))
                        .map(w -> r18(what, w, failure.occurredOn()))
                        .ifPresent(signals::add);
            }
        }
        return signals;
    }

    private static Optional<HarmWindow> touching(List<HarmWindow> windows, LocalDate from, Optional<LocalDate> to) {
        return windows.stream().filter(w -> w.overlaps(from, to)).findFirst();
    }

    private static Signal r18(String what, HarmWindow window, LocalDate on) {
        return new Signal(
                RULE + ":" + what,
                new Finding(
                        RULE,
                        true,
                        what + ", during isotretinoin treatment or the contraception period after it (" + window.from()
                                + " to " + window.to() + "): " + ACTION),
                on);
    }

    /** The positive's alert outside every window; keyed like its R18 alert, so it raises one of them only. */
    private static Signal r4(Result positive) {
        String what = positive.what() + " sampled on " + positive.sampledOn();
        return new Signal(
                RULE + ":" + what,
                new Finding(
                        "R4",
                        true,
                        what + ": isotretinoin is contraindicated in pregnancy; a negative test sampled after it is"
                                + " needed before any prescription."),
                positive.sampledOn());
    }
}
