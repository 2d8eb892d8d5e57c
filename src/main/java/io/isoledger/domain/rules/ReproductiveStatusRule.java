package io.isoledger.domain.rules;

import io.isoledger.domain.ReproductiveStatus;
import io.isoledger.domain.Violation;
import java.util.List;
import java.util.Optional;

/** R3: not while pregnant, breastfeeding or trying to conceive, by the status in force on the start. */
final class ReproductiveStatusRule extends CatalogueRule {

    ReproductiveStatusRule() {
        super(
                "R3",
                "the reproductive status in force on the supply's start (the latest by declaredOn) is not pregnant,"
                        + " breastfeeding or trying to conceive");
    }

    @Override
    public List<Violation> check(Proposal p) {
        Optional<ReproductiveStatus> status = p.patient().reproductiveStatusOn(p.startsOn());
        if (status.isEmpty() || !status.get().excludesTreatment()) {
            return List.of();
        }
        return List.of(violation("The reproductive status in force on " + p.startsOn() + " is " + status.get()
                + ": isotretinoin is contraindicated."));
    }
}
