package io.isoledger.domain;

import io.isoledger.domain.event.ContraceptionConfirmed;
import io.isoledger.domain.event.ContraceptionFailureReported;
import io.isoledger.domain.event.ContraceptionStopped;
import io.isoledger.domain.event.PregnancyTestRecorded;
import io.isoledger.domain.event.ReproductivePotentialChanged;
import io.isoledger.domain.event.ReproductiveStatusDeclared;
import io.isoledger.domain.pregnancyprevention.ContraceptionFailures;
import io.isoledger.domain.pregnancyprevention.PregnancyResults.Result;
import io.isoledger.domain.pregnancyprevention.PregnancyResults.Source;

/**
 * How the facts of pregnancy prevention change the state: reproductive status (R3) and potential,
 * pregnancy tests (R4), contraception confirmed and stopped (R5) and its failures (R18), each kept by
 * its clinical date. Decided by {@link FactDecisions}; dispatched here by the {@link Evolver}.
 */
final class PregnancyPreventionFold {

    private PregnancyPreventionFold() {}

    static void reproductiveStatusDeclared(StateChange s, ReproductiveStatusDeclared e) {
        s.reproductiveStatuses = s.reproductiveStatuses.with(e.declaredOn(), s.sequence(), e.status());
    }

    static void reproductivePotentialChanged(StateChange s, ReproductivePotentialChanged e) {
        s.reproductivePotential = s.reproductivePotential.with(e.changedOn(), s.sequence(), e.canBecomePregnant());
    }

    static void pregnancyTestRecorded(StateChange s, PregnancyTestRecorded e) {
        boolean positive = e.result() == PregnancyTestResult.POSITIVE;
        String what = (positive ? "Positive " : "Negative ") + e.method() + " pregnancy test";
        s.pregnancyResults =
                s.pregnancyResults.with(new Result(e.sampledOn(), s.sequence(), positive, Source.PREGNANCY_TEST, what));
    }

    static void contraceptionConfirmed(StateChange s, ContraceptionConfirmed e) {
        s.contraception = s.contraception.confirmed(e.methods(), e.startedOn(), e.confirmedOn(), s.sequence());
    }

    static void contraceptionStopped(StateChange s, ContraceptionStopped e) {
        s.contraception = s.contraception.stopped(e.methods(), e.stoppedOn(), s.sequence());
    }

    static void contraceptionFailureReported(StateChange s, ContraceptionFailureReported e) {
        s.contraceptionFailures =
                s.contraceptionFailures.with(new ContraceptionFailures.Failure(e.occurredOn(), e.kind()));
    }
}
