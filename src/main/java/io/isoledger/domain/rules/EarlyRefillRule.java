package io.isoledger.domain.rules;

import io.isoledger.domain.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** R15: no early refills: a new supply starts when the course's supply runs out, less 7 days' grace. */
final class EarlyRefillRule extends CatalogueRule {

    static final int GRACE_DAYS = 7;

    /** The supply runs out the day after its last day; the grace allows a start 7 days before. */
    static LocalDate earliestStart(LocalDate supplyEndsOn) {
        return supplyEndsOn.plusDays(1).minusDays(GRACE_DAYS);
    }

    EarlyRefillRule() {
        super("R15", "the new prescription does not start before the previous supply runs out, less a 7-day grace");
    }

    @Override
    public List<Violation> check(Proposal p) {
        Optional<LocalDate> supplyEnds = p.patient().course().supplyEndsOn(p.issuedOn());
        if (p.opensNewCourse() || supplyEnds.isEmpty()) {
            return List.of();
        }
        LocalDate earliestStart = earliestStart(supplyEnds.get());
        if (!p.startsOn().isBefore(earliestStart)) {
            return List.of();
        }
        return List.of(violation("The current supply lasts until " + supplyEnds.get() + "; a new one may start on "
                + earliestStart + " at the earliest."));
    }
}
