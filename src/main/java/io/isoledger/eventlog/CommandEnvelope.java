package io.isoledger.eventlog;

import io.isoledger.domain.command.Command;
import java.time.Instant;

/**
 * A command with what the event log needs around it: its own id (the reply is matched on it and
 * it becomes the events' causation id), the caller's correlation id, who asked and when, and the
 * caller's idempotency key with the fingerprint of the request it was first used for (or nulls).
 */
public record CommandEnvelope(
        String commandId,
        String correlationId,
        String actor,
        Instant receivedAt,
        String idempotencyKey,
        String fingerprint,
        Command command)
        implements CommandRecord {

    @Override
    public String patientId() {
        return command.patientId();
    }

    @Override
    public String typeName() {
        return CommandTypes.ALL.of(command).name();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.command(this);
    }
}
