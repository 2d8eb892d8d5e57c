package io.isoledger.domain.rules;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.ReproductiveStatus;
import io.isoledger.domain.timeline.Timeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * R18: during a course, or until contraception is no longer required after it, a declared
 * pregnancy (or breastfeeding, or trying to conceive), a positive pregnancy result or a failure of
 * contraception raises a blocking alert at once. A fact entered late counts when it was in force on
 * a day of that window. Outside it, a positive result still raises R4's blocking alert.
 */
public final class PregnancySignals {

    public static final String RULE = "R18";
    static final String SUMMARY = "during a course or until contraception is no longer required after it: pregnant,"
            + " trying to conceive or breastfeeding declared, a positive pregnancy result, or a contraception failure"
            + " raise a blocking alert: stop isotretinoin and contact the prescriber";
    static final String ACTION = "Stop isotretinoin and contact the prescriber.";

    private PregnancySignals() {}

    /** A declared status, in force from {@code declaredOn} until the next declaration ({@code after}: with it). */
    public static List<Finding> ofDeclaredStatus(
            PatientState after, Policy policy, ReproductiveStatus status, LocalDate declaredOn) {
        if (!status.excludesTreatment()) {
            return List.of();
        }
        Optional<LocalDate> until = nextChange(after.reproductiveStatuses(), declaredOn);
        return window(after, policy)
                .filter(w -> w.overlaps(declaredOn, until))
                .map(w -> List.of(alert(status + " declared from " + declaredOn, w)))
                .orElse(List.of());
    }

    /**
     * A positive result, standing from the day it was sampled until a negative test clears it: R18
     * when that touches the window, R4 otherwise.
     */
    public static List<Finding> ofPositiveResult(PatientState after, Policy policy, String what, LocalDate sampledOn) {
        Optional<LocalDate> until = after.pregnancyResults()
                .latestNegativeTestBetween(sampledOn.plusDays(1), LocalDate.MAX)
                .map(d -> d.minusDays(1));
        Optional<HarmWindow> window = window(after, policy).filter(w -> w.overlaps(sampledOn, until));
        if (window.isPresent()) {
            return List.of(alert(what + " sampled on " + sampledOn, window.get()));
        }
        return List.of(new Finding(
                "R4",
                true,
                what + " sampled on " + sampledOn + ": isotretinoin is contraindicated in pregnancy; a negative test"
                        + " sampled after it is needed before any prescription."));
    }

    /** A failure of contraception on a day of the window, for a patient who could then become pregnant. */
    public static List<Finding> ofContraceptionFailure(
            PatientState after, Policy policy, String what, LocalDate occurredOn) {
        if (!after.canBecomePregnantOn(occurredOn)) {
            return List.of();
        }
        return window(after, policy)
                .filter(w -> w.contains(occurredOn))
                .map(w -> List.of(alert(what + " on " + occurredOn, w)))
                .orElse(List.of());
    }

    private static Optional<HarmWindow> window(PatientState patient, Policy policy) {
        return HarmWindow.pregnancy(patient, policy);
    }

    private static Finding alert(String what, HarmWindow window) {
        return new Finding(
                RULE,
                true,
                what + ", during isotretinoin treatment or the contraception period after it (" + window.from() + " to "
                        + window.to() + "): " + ACTION);
    }

    /** The day before the next entry after {@code from}: the last day the entry of {@code from} stands. */
    private static <T> Optional<LocalDate> nextChange(Timeline<T> timeline, LocalDate from) {
        return timeline.after(from).stream().findFirst().map(e -> e.from().minusDays(1));
    }
}
