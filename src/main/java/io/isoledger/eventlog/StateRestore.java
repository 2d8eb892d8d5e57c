package io.isoledger.eventlog;

import io.isoledger.domain.PatientState;

/**
 * An operator's repair of the decider's state: a patient's state folded from the events topic by
 * {@link io.isoledger.decider.DeciderStateRebuilder}, sent through the commands topic so that only the owner of the
 * patient's partition writes it ({@link io.isoledger.decider.StateRestorer}). It is an instruction to the event log, not
 * a clinical command, and appends no event; it is answered with a {@link Reply.Restored}.
 */
public record StateRestore(String commandId, PatientState snapshot) implements CommandRecord {

    @Override
    public String patientId() {
        return snapshot.patientId();
    }

    @Override
    public String typeName() {
        return "StateRestore";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.restore(this);
    }
}
