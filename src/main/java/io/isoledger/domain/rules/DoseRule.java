package io.isoledger.domain.rules;

import io.isoledger.domain.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R7: 10 mg or 20 mg capsules, and a daily dose within the policy maximum per kg of the weight in
 * force on the supply's start (the latest by measuredOn).
 */
final class DoseRule extends PrescriptionNumbersRule {

    private static final Set<Integer> CAPSULE_STRENGTHS_MG = Set.of(10, 20);

    DoseRule() {
        super(
                "R7",
                "10 mg or 20 mg capsules; daily dose within the policy maximum per kg of the weight in force on the"
                        + " supply's start (the latest by measuredOn)");
    }

    @Override
    public List<Violation> check(Proposal p) {
        List<Violation> violations = new ArrayList<>();
        int strength = p.prescription().strengthMg();
        if (!CAPSULE_STRENGTHS_MG.contains(strength)) {
            violations.add(violation("Capsules are 10 mg or 20 mg; " + strength + " mg is not available."));
        }
        BigDecimal perKg = p.policy().maxDailyDoseMgPerKg();
        BigDecimal weight = p.patient().weightOn(p.startsOn());
        BigDecimal maxDailyDose = perKg.multiply(weight);
        int dailyDose = p.prescription().dailyDoseMg();
        if (BigDecimal.valueOf(dailyDose).compareTo(maxDailyDose) > 0) {
            violations.add(violation("Daily dose " + dailyDose + " mg exceeds "
                    + perKg.stripTrailingZeros().toPlainString() + " mg/kg/day of "
                    + weight.stripTrailingZeros().toPlainString() + " kg, the weight in force on " + p.startsOn()
                    + " (" + maxDailyDose.setScale(1, RoundingMode.DOWN).toPlainString() + " mg)."));
        }
        return violations;
    }
}
