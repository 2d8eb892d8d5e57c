package io.isoledger.domain.rules;

import io.isoledger.domain.Violation;
import java.util.List;

/** One rule of the catalogue checked when a prescription is issued. */
public interface PrescriptionRule {

    /** The rule id of the catalogue, e.g. {@code R1}. */
    String id();

    /** What the rule asks, in one line: the README's rule table is checked against it. */
    String summary();

    /** Every way the proposed prescription breaks this rule; empty when it passes. */
    List<Violation> check(Proposal proposal);

    /**
     * Whether the rule judges the prescription's own numbers (supply, dates, strength, dose) rather
     * than the patient: such rules cannot answer an eligibility question asked without a prescription.
     */
    default boolean judgesThePrescription() {
        return false;
    }

    default Violation violation(String message) {
        return new Violation(id(), message);
    }
}
