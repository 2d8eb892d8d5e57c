package io.isoledger.domain.rules;

import io.isoledger.domain.DrugClass;
import io.isoledger.domain.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * R6: no tetracycline or vitamin A supplement in force during the supply's dates: with isotretinoin
 * they risk intracranial hypertension and vitamin A toxicity.
 */
public final class InteractingDrugRule extends CatalogueRule {

    /** The drug classes R6 and R19 keep away from isotretinoin. */
    public static final Set<DrugClass> INTERACTING = EnumSet.of(DrugClass.TETRACYCLINE, DrugClass.VITAMIN_A);

    public InteractingDrugRule() {
        super(
                "R6",
                "no tetracycline (minocycline, doxycycline, ...) or vitamin A supplement in force during the supply's"
                        + " dates");
    }

    @Override
    public List<Violation> check(Proposal p) {
        return p.patient().medications().ofClassesDuring(INTERACTING, p.startsOn(), p.endsOn()).stream()
                .map(i -> violation(i.drugClass() + " " + i.name() + " is in force from " + i.from()
                        + i.to().map(to -> " to " + to).orElse("") + ", during the supply from " + p.startsOn()
                        + " to " + p.endsOn() + "; stop it before isotretinoin."))
                .toList();
    }
}
