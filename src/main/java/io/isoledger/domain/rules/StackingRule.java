package io.isoledger.domain.rules;

import io.isoledger.domain.Violation;
import java.util.List;

/**
 * R17: the days of earlier supplies still outstanding on the new start plus the new days of supply
 * never exceed the policy maximum plus the R15 grace: no supplies stacked in hand.
 */
final class StackingRule extends PrescriptionNumbersRule {

    StackingRule() {
        super(
                "R17",
                "the days of earlier supplies still outstanding on the new start plus the new days of supply stay within"
                        + " the policy maximum plus the R15 grace: no stacking of supplies");
    }

    @Override
    public List<Violation> check(Proposal p) {
        if (p.opensNewCourse()) {
            return List.of();
        }
        long outstanding = p.patient().course().outstandingDaysOn(p.startsOn(), p.issuedOn());
        int days = p.prescription().daysSupply();
        long limit = (long) p.policy().maxDaysSupply() + EarlyRefillRule.GRACE_DAYS;
        if (outstanding + days <= limit) {
            return List.of();
        }
        return List.of(violation(outstanding + " days of earlier supplies are still outstanding on " + p.startsOn()
                + "; with " + days + " more the patient would hold " + (outstanding + days) + " days, more than "
                + limit + " (" + p.policy().maxDaysSupply() + " + " + EarlyRefillRule.GRACE_DAYS + " days' grace)."));
    }
}
