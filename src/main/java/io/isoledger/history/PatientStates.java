package io.isoledger.history;

import io.isoledger.domain.Evolver;
import io.isoledger.domain.PatientState;
import io.isoledger.eventlog.RecordedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A patient's state, folded from its events by the {@link Evolver}: for a read, the patient's
 * {@link PatientStateSnapshot} and the events recorded after it ({@link #now}); for the projection,
 * the state after each event it projects, folded once whichever read model asks first
 * ({@link #after}), from the patients folded last or else the snapshot.
 */
@ApplicationScoped
public class PatientStates {

    private static final int RECENT_PATIENTS = 10_000;

    /** The patients folded last, so a projection folds each event once instead of a patient's history again. */
    private final Map<String, PatientState> recent = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PatientState> eldest) {
            return size() > RECENT_PATIENTS;
        }
    };

    /**
     * The patient's state as the read models hold it now: its snapshot and the events after it
     * (normally none: the projection writes both in one transaction), or, with no snapshot in the
     * current format, every event of the patient folded.
     */
    public static PatientState now(String patientId) {
        return now(patientId, Long.MAX_VALUE);
    }

    /**
     * The patient's state at version {@code version} (the summary's version, read just before): the
     * snapshot when it is that far along, else the events up to that version folded onto it, or onto
     * the initial state when the snapshot is already further (the projection committed between the
     * two reads). A response made of the summary and the state thus speaks of one version.
     */
    public static PatientState now(String patientId, long version) {
        long before = version == Long.MAX_VALUE ? version : version + 1;
        return PatientStateSnapshot.stateOf(patientId)
                .filter(snapshot -> snapshot.version() <= version)
                .map(snapshot -> snapshot.version() == version
                        ? snapshot
                        : Evolver.evolveAll(snapshot, PatientEvents.between(patientId, snapshot.version(), before)))
                .orElseGet(() -> Evolver.evolveAll(
                        PatientState.initial(patientId), PatientEvents.between(patientId, 0, before)));
    }

    /** The patient's state after this projected event. */
    public PatientState after(RecordedEvent recorded) {
        String patientId = recorded.patientId();
        long sequence = recorded.sequence();
        synchronized (recent) {
            PatientState known = recent.get(patientId);
            if (known != null && known.version() == sequence) {
                return known;
            }
        }
        PatientState state = Evolver.evolve(before(patientId, sequence), recorded.event());
        synchronized (recent) {
            recent.put(patientId, state);
        }
        return state;
    }

    /** Forgets every state folded so far, before a rebuild of the read models. */
    public void forget() {
        synchronized (recent) {
            recent.clear();
        }
    }

    private PatientState before(String patientId, long sequence) {
        if (sequence == 1) {
            return PatientState.initial(patientId);
        }
        synchronized (recent) {
            PatientState known = recent.get(patientId);
            if (known != null && known.version() == sequence - 1) {
                return known;
            }
        }
        PatientState from = PatientStateSnapshot.stateOf(patientId)
                .filter(snapshot -> snapshot.version() < sequence)
                .orElseGet(() -> PatientState.initial(patientId));
        return Evolver.evolveAll(from, PatientEvents.between(patientId, from.version(), sequence));
    }
}
