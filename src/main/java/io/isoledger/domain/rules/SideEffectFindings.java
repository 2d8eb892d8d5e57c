package io.isoledger.domain.rules;

import io.isoledger.domain.SideEffectTerm;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * R10: a severe report (CTCAE grade 3 or more) or one of the warning terms raises a blocking
 * alert. R11: an acne flare in weeks 1-8 of a course is the expected initial flare, not an alert.
 */
public final class SideEffectFindings {

    public static final String ALERT_RULE = "R10";
    public static final String FLARE_RULE = "R11";
    static final String ALERT_SUMMARY = "CTCAE grade 3 or more, or decreased night vision, depression, suicidal"
            + " ideation, intracranial hypertension or pancreatitis, raise a blocking alert";
    static final String FLARE_SUMMARY =
            "an acne flare in weeks 1-8 of a course is the expected initial flare, not" + " an alert";
    private static final int SEVERE_GRADE = 3;
    private static final int FLARE_WEEKS = 8;
    private static final Set<SideEffectTerm> WARNING_TERMS = EnumSet.of(
            SideEffectTerm.NIGHT_VISION_DECREASED,
            SideEffectTerm.DEPRESSION,
            SideEffectTerm.SUICIDAL_IDEATION,
            SideEffectTerm.INTRACRANIAL_HYPERTENSION,
            SideEffectTerm.PANCREATITIS);

    private SideEffectFindings() {}

    /** R11: an acne flare whose onset falls in the first eight weeks of the course. */
    public static boolean expectedFlare(SideEffectTerm term, LocalDate onsetOn, LocalDate courseStartedOn) {
        return term == SideEffectTerm.ACNE_FLARE
                && courseStartedOn != null
                && !onsetOn.isBefore(courseStartedOn)
                && onsetOn.isBefore(courseStartedOn.plusWeeks(FLARE_WEEKS));
    }

    /**
     * R10. An expected flare is no alert unless it is itself severe: a grade 3 flare is still a
     * finding a clinician must see.
     */
    public static Optional<Finding> of(SideEffectTerm term, int grade) {
        if (WARNING_TERMS.contains(term)) {
            return Optional.of(new Finding(
                    ALERT_RULE,
                    true,
                    term + " (grade " + grade + ") is a warning sign of isotretinoin; contact the patient."));
        }
        if (grade >= SEVERE_GRADE) {
            return Optional.of(new Finding(ALERT_RULE, true, term + " of CTCAE grade " + grade + " is severe."));
        }
        return Optional.empty();
    }
}
