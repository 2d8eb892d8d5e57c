package io.isoledger.domain.rules;

/**
 * A {@link CatalogueRule} that judges the prescription's own numbers (supply, dates, strength,
 * dose): an eligibility question asked without a prescription cannot be answered by it.
 */
abstract class PrescriptionNumbersRule extends CatalogueRule {

    PrescriptionNumbersRule(String id, String summary) {
        super(id, summary);
    }

    @Override
    public final boolean judgesThePrescription() {
        return true;
    }
}
