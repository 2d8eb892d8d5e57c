package io.isoledger.domain.planning;

import io.isoledger.domain.ContraceptionSufficiency;
import io.isoledger.domain.pregnancyprevention.Contraception;
import io.isoledger.domain.rules.ContraceptionRule;
import io.isoledger.domain.rules.Proposal;
import io.isoledger.domain.rules.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R5's steps: for a new course, contraception in use from the lead day; during a course, in use
 * again if it was stopped; and a clinician's confirmation in its window.
 */
final class ContraceptionSteps {

    private ContraceptionSteps() {}

    static List<Step> of(Proposal p) {
        Optional<Window> confirmation = ContraceptionRule.confirmationWindow(p);
        if (confirmation.isEmpty()) {
            return List.of(); // not asked of this patient
        }
        ContraceptionSufficiency sufficiency = p.policy().contraceptionMethodsSuffice();
        Contraception contraception = p.patient().contraception();
        LocalDate start = p.startsOn();
        List<Step> steps = new ArrayList<>();
        Optional<LocalDate> since = ContraceptionRule.inUseSince(p);
        if (since.isPresent()) {
            steps.add(new Step(
                    "R5",
                    "Contraception in use without a break: " + sufficiency.description(),
                    null,
                    since.get(),
                    sufficiency.suffices(contraception.inForceOnSince(start, since.get()))));
        } else if (!sufficiency.suffices(contraception.inForceOn(start))) {
            steps.add(new Step("R5", "Contraception in use again: " + sufficiency.description(), null, start, false));
        }
        var w = confirmation.get();
        steps.add(new Step(
                "R5",
                "A clinician confirms the contraception in use",
                w.from(),
                w.to(),
                sufficiency.suffices(contraception.inForceOnConfirmedSince(start, w.from()))));
        return steps;
    }
}
