package io.isoledger.domain.rules;

import io.isoledger.domain.ContraceptionMethod;
import io.isoledger.domain.ContraceptionSufficiency;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Violation;
import io.isoledger.domain.pregnancyprevention.Contraception;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R5: for the patients the policy names, methods of contraception in force on the supply's start
 * that suffice under the policy, in use without a break since the policy's lead days before the
 * course's first supply, and confirmed again by a clinician within the policy's re-confirmation days.
 */
public final class ContraceptionRule extends CatalogueRule {

    public ContraceptionRule() {
        super(
                "R5",
                "contraception in force on the supply's start with methods that suffice under the policy, in use since"
                        + " the policy's lead days before the course's first supply, re-confirmed within the policy's days,"
                        + " for the patients the policy names");
    }

    /** The day contraception must be in use since, for a prescription that opens a course. */
    public static Optional<LocalDate> inUseSince(Proposal p) {
        if (!p.opensNewCourse() || !required(p)) {
            return Optional.empty();
        }
        return Optional.of(p.courseStartsOn().minusDays(p.policy().contraceptionLeadDaysFor(p.canBecomePregnant())));
    }

    /** The days a clinician must confirm contraception in, before the supply's start. */
    public static Optional<Window> confirmationWindow(Proposal p) {
        if (!required(p)) {
            return Optional.empty();
        }
        return Optional.of(new Window(p.startsOn().minusDays(p.policy().contraceptionReconfirmDays()), p.startsOn()));
    }

    static boolean required(Proposal p) {
        return p.policy().requiresContraception(p.canBecomePregnant());
    }

    @Override
    public List<Violation> check(Proposal p) {
        Policy policy = p.policy();
        if (!required(p)) {
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
        inUseSince(p)
                .filter(since -> !sufficiency.suffices(contraception.inForceOnSince(start, since)))
                .ifPresent(since -> violations.add(violation("Contraception must be in use without a break since "
                        + since + ", " + policy.contraceptionLeadDaysFor(p.canBecomePregnant())
                        + " days before the course's first supply.")));
        LocalDate confirmedFrom = confirmationWindow(p).orElseThrow().from();
        if (!sufficiency.suffices(contraception.inForceOnConfirmedSince(start, confirmedFrom))) {
            violations.add(violation("Contraception must be confirmed again by a clinician on or after "
                    + confirmedFrom + ", within " + policy.contraceptionReconfirmDays()
                    + " days before the supply's start."));
        }
        return violations;
    }
}
