package io.isoledger.domain.rules;

import io.isoledger.domain.Violation;
import java.util.List;

/** R1: days of supply must not exceed the policy maximum. */
final class SupplyLimitRule extends PrescriptionNumbersRule {

    SupplyLimitRule() {
        super("R1", "days of supply within the policy maximum");
    }

    @Override
    public List<Violation> check(Proposal p) {
        int days = p.prescription().daysSupply();
        if (days <= p.policy().maxDaysSupply()) {
            return List.of();
        }
        return List.of(violation("Days of supply " + days + " exceed the maximum of "
                + p.policy().maxDaysSupply() + " days per prescription ("
                + p.policy().profile() + ")."));
    }
}
