package io.isoledger.domain.rules;

/**
 * A {@link PrescriptionRule} whose id and one-line summary are given once, to its constructor; the
 * rule itself only says how a {@link Proposal} breaks it. {@link PrescriptionRules} lists them all.
 */
abstract class CatalogueRule implements PrescriptionRule {

    private final String id;
    private final String summary;

    CatalogueRule(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String summary() {
        return summary;
    }
}
