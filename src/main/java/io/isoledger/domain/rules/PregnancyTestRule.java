package io.isoledger.domain.rules;

import io.isoledger.domain.Command.IssuePrescription;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.PatientState.Alert;
import io.isoledger.domain.Policy;
import io.isoledger.domain.PregnancyTestResult;
import io.isoledger.domain.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R4: a patient who can become pregnant has a negative pregnancy test within the policy window;
 * a positive test blocks until a clinician resolves its alert.
 */
final class PregnancyTestRule implements PrescriptionRule {

    static final String ID = "R4";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String summary() {
        return "a patient who can become pregnant has a negative pregnancy test within the policy window;"
                + " a positive test blocks until a clinician resolves it";
    }

    @Override
    public List<Violation> check(IssuePrescription prescription, PatientState patient, Policy policy) {
        if (!patient.canBecomePregnant()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        LocalDate issuedOn = prescription.issuedOn();
        LocalDate earliest = issuedOn.minusDays(policy.pregnancyTestMaxAgeDays());
        boolean negativeInWindow = patient.pregnancyTests().stream()
                .filter(t -> t.result() == PregnancyTestResult.NEGATIVE)
                .anyMatch(
                        t -> !t.sampledOn().isBefore(earliest) && !t.sampledOn().isAfter(issuedOn));
        if (!negativeInWindow) {
            violations.add(violation("No negative pregnancy test sampled within " + policy.pregnancyTestMaxAgeDays()
                    + " days before " + issuedOn + "."));
        }
        List<String> positives = patient.alerts().stream()
                .filter(a -> a.open() && a.rule().equals(ID))
                .map(Alert::alertId)
                .toList();
        if (!positives.isEmpty()) {
            violations.add(violation("A positive pregnancy test awaits a clinician's resolution (alert "
                    + String.join(", ", positives) + ")."));
        }
        return violations;
    }
}
