package io.isoledger.decider;

/**
 * A patient's stored decider state is of an older snapshot format: it must be folded again from
 * the events before anything is decided for the patient.
 */
public class StaleSnapshotException extends RuntimeException {

    public StaleSnapshotException(int version) {
        super("Patient state snapshot v" + version + " needs a rebuild from the events");
    }
}
