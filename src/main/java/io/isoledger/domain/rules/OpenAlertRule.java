package io.isoledger.domain.rules;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Violation;
import java.util.List;

/** R8: no open blocking safety alert, unless a clinician resolved it (never a silent lock-out). */
final class OpenAlertRule extends CatalogueRule {

    OpenAlertRule() {
        super("R8", "no open blocking safety alert unless a clinician resolved it");
    }

    @Override
    public List<Violation> check(Proposal p) {
        return of(p.patient());
    }

    static List<Violation> of(PatientState patient) {
        return patient.openBlockingAlerts().stream()
                .map(a -> new Violation(
                        "R8",
                        "Blocking safety alert " + a.alertId() + " (" + a.rule()
                                + ") is open; a clinician must resolve it first."))
                .toList();
    }
}
