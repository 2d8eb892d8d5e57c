package io.isoledger.domain.rules;

import io.isoledger.domain.Command.IssuePrescription;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Policy.ContraceptionScope;
import io.isoledger.domain.TreatmentStatus;
import io.isoledger.domain.Violation;
import java.time.LocalDate;
import java.util.List;

/**
 * R5: contraception confirmed, started at least the policy's lead days before the first
 * prescription of a course, for the patients the policy names.
 */
final class ContraceptionRule implements PrescriptionRule {

    @Override
    public String id() {
        return "R5";
    }

    @Override
    public String summary() {
        return "contraception confirmed, started at least the policy number of days before the first prescription,"
                + " for the patients the policy names";
    }

    @Override
    public List<Violation> check(IssuePrescription prescription, PatientState patient, Policy policy) {
        if (policy.contraceptionRequiredOf() == ContraceptionScope.PATIENTS_WHO_CAN_BECOME_PREGNANT
                && !patient.canBecomePregnant()) {
            return List.of();
        }
        boolean firstOfCourse = patient.status() != TreatmentStatus.IN_TREATMENT;
        LocalDate latestStart = firstOfCourse
                ? prescription.issuedOn().minusDays(policy.contraceptionLeadDays())
                : prescription.issuedOn();
        boolean confirmed = patient.contraceptionStarts().stream().anyMatch(start -> !start.isAfter(latestStart));
        if (confirmed) {
            return List.of();
        }
        String when = firstOfCourse
                ? "started at least " + policy.contraceptionLeadDays() + " days before the first prescription (by "
                        + latestStart + ")"
                : "confirmed";
        return List.of(violation("Contraception must be " + when + "."));
    }
}
