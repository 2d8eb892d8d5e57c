package io.isoledger.domain.rules;

import io.isoledger.domain.Command.IssuePrescription;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** R7: 10 mg or 20 mg capsules, and a daily dose within the policy maximum per kg of body weight. */
final class DoseRule implements PrescriptionRule {

    private static final Set<Integer> CAPSULE_STRENGTHS_MG = Set.of(10, 20);

    @Override
    public String id() {
        return "R7";
    }

    @Override
    public String summary() {
        return "10 mg or 20 mg capsules; daily dose within the policy maximum per kg of the last weight";
    }

    @Override
    public boolean judgesThePrescription() {
        return true;
    }

    @Override
    public List<Violation> check(IssuePrescription prescription, PatientState patient, Policy policy) {
        List<Violation> violations = new ArrayList<>();
        if (!CAPSULE_STRENGTHS_MG.contains(prescription.strengthMg())) {
            violations.add(
                    violation("Capsules are 10 mg or 20 mg; " + prescription.strengthMg() + " mg is not available."));
        }
        BigDecimal maxDailyDose = policy.maxDailyDoseMgPerKg().multiply(patient.weightKg());
        if (BigDecimal.valueOf(prescription.dailyDoseMg()).compareTo(maxDailyDose) > 0) {
            violations.add(violation("Daily dose " + prescription.dailyDoseMg() + " mg exceeds "
                    + policy.maxDailyDoseMgPerKg().stripTrailingZeros().toPlainString() + " mg/kg/day of "
                    + patient.weightKg().stripTrailingZeros().toPlainString() + " kg ("
                    + maxDailyDose.setScale(1, RoundingMode.DOWN).toPlainString() + " mg)."));
        }
        return violations;
    }
}
