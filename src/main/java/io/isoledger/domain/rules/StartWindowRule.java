package io.isoledger.domain.rules;

import io.isoledger.domain.Policy;
import io.isoledger.domain.Violation;
import java.time.LocalDate;
import java.util.List;

/**
 * R16: the supply starts no earlier than the day it is issued (the clinic's date) and at most the
 * policy's days after it, so that no prescription is written ahead to be collected later.
 */
public final class StartWindowRule extends PrescriptionNumbersRule {

    public StartWindowRule() {
        super("R16", "the supply starts no earlier than the day it is issued and at most the policy's days after it");
    }

    /** The days a prescription starting on {@code startsOn} may be issued on. */
    public static Window issueWindow(LocalDate startsOn, Policy policy) {
        return new Window(startsOn.minusDays(policy.startWindowDays()), startsOn);
    }

    @Override
    public List<Violation> check(Proposal p) {
        LocalDate latest = p.issuedOn().plusDays(p.policy().startWindowDays());
        if (p.startsOn().isBefore(p.issuedOn())) {
            return List.of(violation("The supply would start on " + p.startsOn() + ", before the day it is issued ("
                    + p.issuedOn() + ")."));
        }
        if (p.startsOn().isAfter(latest)) {
            return List.of(violation("The supply would start on " + p.startsOn() + "; issued on " + p.issuedOn()
                    + " it must start by " + latest + " (" + p.policy().startWindowDays() + " days)."));
        }
        return List.of();
    }
}
