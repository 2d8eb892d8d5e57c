package io.isoledger.domain.rules;

import io.isoledger.domain.ContraceptionMethod;
import io.isoledger.domain.ContraceptionSufficiency;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Violation;
import io.isoledger.domain.pregnancyprevention.Contraception;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R5: for the patients the policy names, methods of contraception in force on the supply's start
 * that suffice under the policy, in use without a break since the policy's lead days before the
 * course's first supply, and confirmed again by a clinician within the policy's re-confirmation days.
 */
final class ContraceptionRule implements PrescriptionRule {

    @Override
    public String id() {
        return "R5";
    }

    @Override
    public String summary() {
        return "contraception in force on the supply's start with methods that suffice under the policy, in use since"
                + " the policy's lead days before the course's first supply, re-confirmed within the policy's days,"
                + " for the patients the policy names";
    }

    @Override
    public List<Violation> check(Proposal p) {
        Policy policy = p.policy();
        if (!policy.requiresContraception(p.canBecomePregnant())) {
            return List.of();
        }
        LocalDate start = p.startsOn();
        Contraception contraception = p.patient().contraception();
        Set<ContraceptionMethod> inForce = contraception.inForceOn(start);
        ContraceptionSufficiency sufficiency = policy.contraceptionMethodsSuffice();
        if (!sufficiency.suffices(inForce)) {
            String which = inForce.isEmpty() ? "no method" : "only " + inForce;
            return List.of(violation("Contraception in force on " + start + " is " + which + "; " + policy.profile()
                    + " asks for " + sufficiency.description() + "."));
        }
        List<Violation> violations = new ArrayList<>();
        LocalDate inUseSince = p.courseStartsOn().minusDays(policy.contraceptionLeadDaysFor(p.canBecomePregnant()));
        if (p.opensNewCourse() && !sufficiency.suffices(contraception.inForceOnSince(start, inUseSince))) {
            violations.add(violation("Contraception must be in use without a break since " + inUseSince + ", "
                    + policy.contraceptionLeadDaysFor(p.canBecomePregnant())
                    + " days before the course's first supply."));
        }
        LocalDate confirmedFrom = start.minusDays(policy.contraceptionReconfirmDays());
        if (!sufficiency.suffices(contraception.inForceOnConfirmedSince(start, confirmedFrom))) {
            violations.add(violation("Contraception must be confirmed again by a clinician on or after "
                    + confirmedFrom + ", within " + policy.contraceptionReconfirmDays()
                    + " days before the supply's start."));
        }
        return violations;
    }
}
