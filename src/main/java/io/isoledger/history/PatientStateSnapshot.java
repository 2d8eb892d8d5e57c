package io.isoledger.history;

import io.isoledger.decider.PatientStateSerde;
import io.isoledger.decider.StaleSnapshotException;
import io.isoledger.domain.PatientState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Read model: a patient's state as of its last projected event, in the decider's snapshot format
 * ({@link PatientStateSerde}), written by {@link PatientStateProjection} in the transaction of the
 * events it folds. Derived data: a snapshot of another format is not used, and the state is folded
 * from the audit trail instead.
 */
@Entity
@Table(name = "patient_state")
public class PatientStateSnapshot extends PanacheEntityBase {

    /** The longest state the column keeps; a longer one is not snapshotted, and reads fold the events after the last. */
    static final int MAX_LENGTH = 1_000_000;

    @Id
    String patientId;

    long version;

    String state;

    /** The patient's snapshotted state, if it has one in the current format. */
    static Optional<PatientState> stateOf(String patientId) {
        return PatientStateSnapshot.<PatientStateSnapshot>findByIdOptional(patientId)
                .flatMap(PatientStateSnapshot::decoded);
    }

    /** The snapshots of these patients, by patient id, read without flushing the transaction's pending rows. */
    static Map<String, PatientStateSnapshot> ofPatients(Collection<String> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("from PatientStateSnapshot where patientId in :patients", PatientStateSnapshot.class)
                .setParameter("patients", patientIds)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .collect(Collectors.toMap(s -> s.patientId, Function.identity()));
    }

    /** Keeps the state as this patient's snapshot, unless it is longer than the column. */
    static void keep(PatientStateSnapshot row, String patientId, PatientState state) {
        String encoded = new String(PatientStateSerde.encode(state), StandardCharsets.UTF_8);
        if (encoded.length() > MAX_LENGTH) {
            return;
        }
        PatientStateSnapshot snapshot = row == null ? new PatientStateSnapshot() : row;
        snapshot.patientId = patientId;
        snapshot.version = state.version();
        snapshot.state = encoded;
        if (row == null) {
            snapshot.persist();
        }
    }

    private Optional<PatientState> decoded() {
        try {
            return Optional.of(PatientStateSerde.decode(state.getBytes(StandardCharsets.UTF_8)));
        } catch (StaleSnapshotException e) {
            return Optional.empty();
        }
    }
}
