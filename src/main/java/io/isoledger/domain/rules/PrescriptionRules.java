package io.isoledger.domain.rules;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Violation;
import io.isoledger.domain.command.IssuePrescription;
import java.time.LocalDate;
import java.util.List;

/**
 * The rule catalogue for {@link IssuePrescription}, in catalogue order. A rejection lists every rule
 * broken; a prescription none breaks is recorded as {@link io.isoledger.domain.event.PrescriptionIssued}.
 */
public final class PrescriptionRules {

    private static final List<PrescriptionRule> ALL = List.of(
            new SupplyLimitRule(),
            new BloodTestRule(),
            new ReproductiveStatusRule(),
            new PregnancyTestRule(),
            new ContraceptionRule(),
            new InteractingDrugRule(),
            new DoseRule(),
            new OpenAlertRule(),
            new EarlyRefillRule(),
            new StartWindowRule(),
            new StackingRule());

    private PrescriptionRules() {}

    public static List<PrescriptionRule> all() {
        return ALL;
    }

    public static List<Violation> check(IssuePrescription prescription, PatientState patient, Policy policy) {
        Proposal proposal = new Proposal(prescription, patient, policy);
        return ALL.stream().flatMap(rule -> rule.check(proposal).stream()).toList();
    }

    /** R15: the first day a next supply may start, given the last day of the current one. */
    public static LocalDate earliestNextStart(LocalDate supplyEndsOn) {
        return EarlyRefillRule.earliestStart(supplyEndsOn);
    }

    /** The rules about the patient alone, for a prescription issued and starting on {@code on}. */
    public static List<Violation> eligibility(PatientState patient, LocalDate on, Policy policy) {
        IssuePrescription probe = new IssuePrescription(patient.patientId(), null, 0, 0, 0, on, on, null);
        Proposal proposal = new Proposal(probe, patient, policy);
        return ALL.stream()
                .filter(rule -> !rule.judgesThePrescription())
                .flatMap(rule -> rule.check(proposal).stream())
                .toList();
    }
}
