package io.isoledger.eventlog;

import io.isoledger.domain.Command;
import java.time.Instant;

/**
 * A command with what the event log needs around it: its own id (the reply is matched on it and
 * it becomes the events' causation id), the caller's correlation id, who asked and when.
 */
public record CommandEnvelope(
        String commandId, String correlationId, String actor, Instant receivedAt, Command command) {}
