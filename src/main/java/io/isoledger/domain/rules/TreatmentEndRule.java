package io.isoledger.domain.rules;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Violation;
import io.isoledger.domain.command.EndTreatment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R21: a course ends on a true date: not after today (the clinic's date), not before its last
 * supply started. Every restriction date of R13 is counted from it.
 */
public final class TreatmentEndRule {

    public static final String RULE = "R21";
    static final String SUMMARY =
            "the end of treatment is dated neither after today (the clinic's date) nor before the last supply's start";

    private TreatmentEndRule() {}

    public static List<Violation> check(EndTreatment command, PatientState patient) {
        List<Violation> violations = new ArrayList<>();
        LocalDate endedOn = command.endedOn();
        if (endedOn.isAfter(command.recordedOn())) {
            violations.add(new Violation(
                    RULE,
                    "The end on " + endedOn + " is after today (" + command.recordedOn()
                            + "); record it on or after the last day of treatment."));
        }
        Optional<LocalDate> lastStart = patient.course().lastSupplyStartsOn();
        if (lastStart.isPresent() && endedOn.isBefore(lastStart.get())) {
            violations.add(new Violation(
                    RULE, "The end on " + endedOn + " is before the last supply's start on " + lastStart.get() + "."));
        }
        return violations;
    }
}
