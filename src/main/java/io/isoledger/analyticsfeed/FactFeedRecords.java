package io.isoledger.analyticsfeed;

import io.isoledger.domain.ContraceptionMethod;
import io.isoledger.domain.Violation;
import io.isoledger.domain.event.ConcomitantMedicationRecorded;
import io.isoledger.domain.event.ContraceptionConfirmed;
import io.isoledger.domain.event.ContraceptionFailureReported;
import io.isoledger.domain.event.ContraceptionStopped;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.ProcedureScheduled;
import io.isoledger.domain.event.ReproductivePotentialChanged;
import io.isoledger.domain.event.ReproductiveStatusDeclared;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The feed records of the facts that need nothing of the patient's history: pregnancy prevention,
 * other medications, procedures. Left out: drug names, notes, procedure ids, the rules' texts and
 * who recorded a change. A visitor of every event type, so a new one fails the build until it is
 * mapped (or deliberately given no record).
 */
abstract class FactFeedRecords implements Event.Visitor<FeedRecord> {

    protected final String pseudonym;

    FactFeedRecords(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    @Override
    public FeedRecord reproductiveStatusDeclared(ReproductiveStatusDeclared e) {
        return new FeedRecord.ReproductiveStatusDeclared(pseudonym, e.status(), e.declaredOn());
    }

    @Override
    public FeedRecord contraceptionConfirmed(ContraceptionConfirmed e) {
        return new FeedRecord.ContraceptionConfirmed(pseudonym, inOrder(e.methods()), e.startedOn(), e.confirmedOn());
    }

    @Override
    public FeedRecord concomitantMedicationRecorded(ConcomitantMedicationRecorded e) {
        return new FeedRecord.ConcomitantMedicationRecorded(pseudonym, e.drugClass(), e.startedOn(), e.stoppedOn());
    }

    @Override
    public FeedRecord procedureScheduled(ProcedureScheduled e) {
        List<String> rules = e.conflicts().stream().map(Violation::rule).toList();
        return new FeedRecord.ProcedureScheduled(pseudonym, e.kind(), e.scheduledOn(), e.conflict(), rules);
    }

    @Override
    public FeedRecord contraceptionStopped(ContraceptionStopped e) {
        return new FeedRecord.ContraceptionStopped(pseudonym, inOrder(e.methods()), e.stoppedOn());
    }

    @Override
    public FeedRecord contraceptionFailureReported(ContraceptionFailureReported e) {
        return new FeedRecord.ContraceptionFailureReported(pseudonym, e.occurredOn(), e.kind());
    }

    @Override
    public FeedRecord reproductivePotentialChanged(ReproductivePotentialChanged e) {
        return new FeedRecord.ReproductivePotentialChanged(pseudonym, e.canBecomePregnant(), e.changedOn(), e.reason());
    }

    /** A set read from JSON has no order of its own; its order on the feed must not vary between runs. */
    private static List<ContraceptionMethod> inOrder(Set<ContraceptionMethod> methods) {
        return methods.stream().sorted(Comparator.comparing(Enum::name)).toList();
    }
}
