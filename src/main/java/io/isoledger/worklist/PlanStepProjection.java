package io.isoledger.worklist;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.domain.Evolver;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.planning.Plan;
import io.isoledger.domain.planning.Planner;
import io.isoledger.domain.planning.Step;
import io.isoledger.eventlog.PolicyConfig;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.history.PatientStates;
import io.isoledger.projection.BatchWork;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps each patient's plan as rows, for the worklist: the patient's state after each event
 * ({@link PatientStates#after}) planned with the same {@link Planner} the plan endpoint uses, as of
 * the clinic's date of the patient's last event.
 * Every event, whatever its type, changes the state the plan is made from; the {@link Evolver}
 * decides what each type changes. A patient is planned once per transaction ({@link #beforeCommit()}),
 * after the last of its events there: the rows each event would have written are replaced by the
 * next event's anyway, so only the last plan of a batch is ever seen.
 */
@ApplicationScoped
public class PlanStepProjection implements ReadModelProjection {

    @Inject
    PolicyConfig policy;

    @Inject
    IsoLedgerConfig config;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    PatientStates states;

    /** A patient to plan before the transaction commits: its state after its last event so far, and that day. */
    private record Unplanned(PatientState state, LocalDate today) {}

    @Override
    public void apply(RecordedEvent recorded) {
        String patientId = recorded.patientId();
        PatientState state = states.after(recorded);
        LocalDate today =
                LocalDate.ofInstant(recorded.metadata().time(), config.clinic().timeZone());
        unplanned().put(patientId, new Unplanned(state, today));
    }

    @Override
    public void beforeCommit() {
        Map<String, Unplanned> patients = unplanned();
        Map<String, List<PlanStep>> rows = PlanStep.ofPatients(patients.keySet());
        patients.forEach((patientId, unplanned) ->
                PlanStep.replace(rows.getOrDefault(patientId, List.of()), plan(patientId, unplanned)));
        patients.clear();
    }

    private List<PlanStep> plan(String patientId, Unplanned unplanned) {
        Plan plan = Planner.plan(unplanned.state(), policy.toPolicy(), unplanned.today(), Optional.empty());
        List<PlanStep> rows = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            rows.add(row(patientId, i, plan.steps().get(i), unplanned.today()));
        }
        return rows;
    }

    /** The patients of this transaction not planned yet. */
    private Map<String, Unplanned> unplanned() {
        return BatchWork.of(transaction, PlanStepProjection.class);
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

    @Override
    public void clear() {
        states.forget();
        PlanStep.deleteAll();
    }
}
