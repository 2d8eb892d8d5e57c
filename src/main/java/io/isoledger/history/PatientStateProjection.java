package io.isoledger.history;

import io.isoledger.domain.PatientState;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.projection.BatchWork;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;

/**
 * Keeps each patient's {@link PatientStateSnapshot}: every event, whatever its type, changes the
 * state ({@link PatientStates#after}, the {@link io.isoledger.domain.Evolver} decides what each type
 * changes); a patient's row is written once per transaction ({@link #beforeCommit()}), after the last
 * of its events there.
 */
@ApplicationScoped
public class PatientStateProjection implements ReadModelProjection {

    @Inject
    PatientStates states;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Override
    public void apply(RecordedEvent recorded) {
        unsaved().put(recorded.patientId(), states.after(recorded));
    }

    @Override
    public void beforeCommit() {
        Map<String, PatientState> patients = unsaved();
        Map<String, PatientStateSnapshot> rows = PatientStateSnapshot.ofPatients(patients.keySet());
        patients.forEach((patientId, state) -> PatientStateSnapshot.keep(rows.get(patientId), patientId, state));
        patients.clear();
    }

    /** The states of this transaction not written yet. */
    private Map<String, PatientState> unsaved() {
        return BatchWork.of(transaction, PatientStateProjection.class);
    }

    @Override
    public void clear() {
        states.forget();
        PatientStateSnapshot.deleteAll();
    }
}
