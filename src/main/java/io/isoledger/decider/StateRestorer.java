package io.isoledger.decider;

import io.isoledger.domain.PatientState;
import io.isoledger.eventlog.Reply;
import io.isoledger.eventlog.StateRestore;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Applies an operator's {@link StateRestore} for {@link DeciderProcessor}: replaces the stored state
 * with the one {@link DeciderStateRebuilder} folded from the events, unless the store already holds
 * a later version (a command decided after the fold): the events are the truth, the store a copy.
 */
final class StateRestorer {

    private final KeyValueStore<String, PatientState> store;

    StateRestorer(KeyValueStore<String, PatientState> store) {
        this.store = store;
    }

    Reply.Restored restore(StateRestore restore) {
        PatientState snapshot = restore.snapshot();
        PatientState current;
        try {
            current = store.get(snapshot.patientId());
        } catch (StaleSnapshotException e) {
            current = null; // an older format: the folded state replaces it
        }
        boolean replace = current == null || current.version() <= snapshot.version();
        if (replace) {
            store.put(snapshot.patientId(), snapshot);
        }
        PatientState kept = replace ? snapshot : current;
        return new Reply.Restored(restore.commandId(), kept.patientId(), kept.version(), replace);
    }
}
