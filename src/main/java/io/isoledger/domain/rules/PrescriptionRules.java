package io.isoledger.domain.rules;

import io.isoledger.domain.Command.IssuePrescription;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Violation;
import java.util.List;

/** The rule catalogue for IssuePrescription, in RULES.md order. A rejection lists every rule broken. */
public final class PrescriptionRules {

    private static final List<PrescriptionRule> ALL =
            List.of(new SupplyLimitRule(), new BloodTestRule(), new DoseRule());

    private PrescriptionRules() {}

    public static List<PrescriptionRule> all() {
        return ALL;
    }

    public static List<Violation> check(IssuePrescription prescription, PatientState patient, Policy policy) {
        return ALL.stream()
                .flatMap(rule -> rule.check(prescription, patient, policy).stream())
                .toList();
    }
}
