package io.isoledger.eventlog;

/**
 * One record of the commands topic, decoded once ({@link CommandCodec#decode}): a clinical command
 * in its {@link CommandEnvelope}, or an operator's {@link StateRestore}. {@link CommandGateway} sends
 * either; {@link io.isoledger.decider.DeciderProcessor} answers each with a {@link Reply}, through a {@link Visitor}.
 */
public sealed interface CommandRecord permits CommandEnvelope, StateRestore {

    /** The reply is matched on it. */
    String commandId();

    /** The record's key: only the owner of the patient's partition handles it. */
    String patientId();

    /** What it is, for traces and logs: the command's wire name, or {@code StateRestore}. */
    String typeName();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of record. */
    interface Visitor<R> {
        R command(CommandEnvelope envelope);

        R restore(StateRestore restore);
    }
}
