package io.isoledger.worklist;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.domain.Evolver;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.planning.Plan;
import io.isoledger.domain.planning.Planner;
import io.isoledger.domain.planning.Step;
import io.isoledger.eventlog.PolicyConfig;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.history.PatientEvents;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps each patient's plan as rows, for the worklist: after every event, the patient folded from
 * the events (those before it from the audit trail, then this one) and planned with the same
 * {@link Planner} the plan endpoint uses, as of the clinic's date of the event. Every event, whatever
 * its type, plans the patient again; the {@link Evolver} decides what each type changes.
 */
@ApplicationScoped
public class PlanStepProjection implements ReadModelProjection {

    private static final int RECENT_PATIENTS = 10_000;

    @Inject
    PolicyConfig policy;

    @Inject
    IsoLedgerConfig config;

    /** The patients folded last, so a replay folds each event once instead of each patient's history again. */
    private final Map<String, PatientState> recent = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PatientState> eldest) {
            return size() > RECENT_PATIENTS;
        }
    };

    @Override
    public void apply(RecordedEvent recorded) {
        String patientId = recorded.patientId();
        PatientState state = Evolver.evolve(before(patientId, recorded.sequence()), recorded.event());
        synchronized (recent) {
            recent.put(patientId, state);
        }
        LocalDate today =
                LocalDate.ofInstant(recorded.metadata().time(), config.clinic().timeZone());
        Plan plan = Planner.plan(state, policy.toPolicy(), today, Optional.empty());
        List<PlanStep> rows = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            rows.add(row(patientId, i, plan.steps().get(i), today));
        }
        PlanStep.replace(patientId, rows);
    }

    private static PlanStep row(String patientId, int ordinal, Step step, LocalDate today) {
        PlanStep row = new PlanStep();
        row.id = patientId + "/" + ordinal;
        row.patientId = patientId;
        row.ordinal = ordinal;
        row.rule = step.rule();
        row.action = step.action();
        row.windowFrom = step.from();
        row.windowTo = step.to();
        row.plannedOn = today;
        row.done = step.done();
        return row;
    }

    private PatientState before(String patientId, long sequence) {
        synchronized (recent) {
            PatientState known = recent.get(patientId);
            if (known != null && known.version() == sequence - 1) {
                return known;
            }
        }
        return Evolver.evolveAll(PatientState.initial(patientId), PatientEvents.before(patientId, sequence));
    }

    @Override
    public void clear() {
        synchronized (recent) {
            recent.clear();
        }
        PlanStep.deleteAll();
    }
}
