package io.isoledger.domain;

import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.command.ChangeReproductivePotential;
import io.isoledger.domain.command.ConfirmContraception;
import io.isoledger.domain.command.DeclareReproductiveStatus;
import io.isoledger.domain.command.RecordPregnancyTest;
import io.isoledger.domain.command.ReportContraceptionFailure;
import io.isoledger.domain.command.StopContraception;
import io.isoledger.domain.event.ContraceptionConfirmed;
import io.isoledger.domain.event.ContraceptionFailureReported;
import io.isoledger.domain.event.ContraceptionStopped;
import io.isoledger.domain.event.PregnancyTestRecorded;
import io.isoledger.domain.event.ReproductivePotentialChanged;
import io.isoledger.domain.event.ReproductiveStatusDeclared;

/**
 * The facts of pregnancy prevention: reproductive status and potential, pregnancy tests,
 * contraception and its failures. Each is recorded as it is, whatever its date and whatever the state; what it reveals (R4's
 * positive results, R18) is added by the {@link Decider} after every command, and the prescribing
 * rules read them later (R3 to R5). The events are folded by {@link PregnancyPreventionFold}.
 */
final class PregnancyPreventionDecisions {

    private PregnancyPreventionDecisions() {}

    static Decision declareReproductiveStatus(DeclareReproductiveStatus c) {
        return Accepted.of(new ReproductiveStatusDeclared(c.patientId(), c.status(), c.declaredOn()));
    }

    static Decision changeReproductivePotential(ChangeReproductivePotential c) {
        return Accepted.of(new ReproductivePotentialChanged(
                c.patientId(), c.canBecomePregnant(), c.changedOn(), c.reason(), c.recordedBy()));
    }

    static Decision recordPregnancyTest(RecordPregnancyTest c) {
        return Accepted.of(new PregnancyTestRecorded(c.patientId(), c.sampledOn(), c.result(), c.method()));
    }

    static Decision confirmContraception(ConfirmContraception c) {
        return Accepted.of(new ContraceptionConfirmed(c.patientId(), c.methods(), c.startedOn(), c.confirmedOn()));
    }

    static Decision stopContraception(StopContraception c) {
        return Accepted.of(new ContraceptionStopped(c.patientId(), c.methods(), c.stoppedOn()));
    }

    static Decision reportContraceptionFailure(ReportContraceptionFailure c) {
        return Accepted.of(new ContraceptionFailureReported(c.patientId(), c.occurredOn(), c.kind(), c.notes()));
    }
}
