package io.isoledger.domain.rules;

import io.isoledger.domain.Command.IssuePrescription;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Violation;
import java.util.List;

/** R1: days of supply must not exceed the policy maximum. */
final class SupplyLimitRule implements PrescriptionRule {

    @Override
    public String id() {
        return "R1";
    }

    @Override
    public String summary() {
        return "days of supply within the policy maximum";
    }

    @Override
    public boolean judgesThePrescription() {
        return true;
    }

    @Override
    public List<Violation> check(IssuePrescription prescription, PatientState patient, Policy policy) {
        if (prescription.daysSupply() <= policy.maxDaysSupply()) {
            return List.of();
        }
        return List.of(violation("Days of supply " + prescription.daysSupply() + " exceed the maximum of "
                + policy.maxDaysSupply() + " days per prescription (" + policy.profile() + ")."));
    }
}
