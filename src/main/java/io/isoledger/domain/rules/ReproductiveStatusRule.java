package io.isoledger.domain.rules;

import io.isoledger.domain.Command.IssuePrescription;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.ReproductiveStatus;
import io.isoledger.domain.Violation;
import java.util.List;

/** R3: not while pregnant, breastfeeding or trying to conceive, by the last declaration. */
final class ReproductiveStatusRule implements PrescriptionRule {

    @Override
    public String id() {
        return "R3";
    }

    @Override
    public String summary() {
        return "the last declared reproductive status is not pregnant, breastfeeding or trying to conceive";
    }

    @Override
    public List<Violation> check(IssuePrescription prescription, PatientState patient, Policy policy) {
        ReproductiveStatus status = patient.reproductiveStatus();
        if (status == null || !status.excludesTreatment()) {
            return List.of();
        }
        return List.of(violation(
                "The patient's last declared reproductive status is " + status + ": isotretinoin is contraindicated."));
    }
}
