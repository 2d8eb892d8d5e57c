package io.isoledger.domain.rules;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.medications.Medications.Interval;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * R19: a tetracycline or vitamin A supplement taken during a course raises a blocking alert, once
 * per drug and course, however late its record comes: a later record of the same drug (its stop,
 * say) adds none.
 */
public final class InteractionSignals {

    public static final String RULE = "R19";
    static final String SUMMARY =
            "a tetracycline or vitamin A supplement recorded as taken during a course raises a blocking alert at once";

    private InteractionSignals() {}

    public static List<Signal> of(PatientState patient) {
        Optional<HarmWindow> course = HarmWindow.treatment(patient);
        if (course.isEmpty()) {
            return List.of();
        }
        HarmWindow w = course.get();
        return patient.medications().intervals().stream()
                .filter(i -> InteractingDrugRule.INTERACTING.contains(i.drugClass()))
                .filter(i -> w.overlaps(i.from(), i.to()))
                .map(i -> signal(i, w))
                .toList();
    }

    private static Signal signal(Interval taken, HarmWindow course) {
        String drug = taken.name().toLowerCase(Locale.ROOT);
        return new Signal(
                RULE + ":" + drug + ":" + course.from(),
                new Finding(
                        RULE,
                        true,
                        taken.drugClass() + " " + taken.name() + " from " + taken.from() + " is taken during the"
                                + " isotretinoin course (" + course.from() + " to " + course.to() + "): stop one of"
                                + " them; a clinician decides which."),
                taken.from().isBefore(course.from()) ? course.from() : taken.from());
    }
}
