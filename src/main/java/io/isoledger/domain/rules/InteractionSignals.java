package io.isoledger.domain.rules;

import io.isoledger.domain.Event.ConcomitantMedicationRecorded;
import io.isoledger.domain.PatientState;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * R19: a tetracycline or vitamin A supplement taken during a course raises a blocking alert when it
 * is recorded, once per drug and course: a later record of the same drug (its stop, say) adds none.
 */
public final class InteractionSignals {

    public static final String RULE = "R19";
    static final String SUMMARY =
            "a tetracycline or vitamin A supplement recorded as taken during a course raises a blocking alert at once";

    private InteractionSignals() {}

    /** {@code before} and {@code after}: the patient without and with the record. */
    public static List<Finding> of(PatientState before, PatientState after, ConcomitantMedicationRecorded record) {
        if (!InteractingDrugRule.INTERACTING.contains(record.drugClass())) {
            return List.of();
        }
        Optional<HarmWindow> course = HarmWindow.treatment(after);
        if (course.isEmpty()
                || takenDuring(before, record, course.get())
                || !takenDuring(after, record, course.get())) {
            return List.of();
        }
        HarmWindow w = course.get();
        return List.of(new Finding(
                RULE,
                true,
                record.drugClass() + " " + record.name() + " from " + record.startedOn() + " is taken during the"
                        + " isotretinoin course (" + w.from() + " to " + w.to() + "): stop one of them; a clinician"
                        + " decides which."));
    }

    private static boolean takenDuring(PatientState patient, ConcomitantMedicationRecorded record, HarmWindow w) {
        String drug = record.name().toLowerCase(Locale.ROOT);
        return patient.medications().intervals().stream()
                .filter(i -> i.name().toLowerCase(Locale.ROOT).equals(drug))
                .anyMatch(i -> w.overlaps(i.from(), i.to()));
    }
}
