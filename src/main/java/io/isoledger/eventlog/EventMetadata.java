package io.isoledger.eventlog;

import java.time.Instant;

/**
 * The CloudEvents attributes of one event record. {@code sequence} is the patient's stream version,
 * 1, 2, 3 ... with no gap; the causation id is the command that produced the event.
 */
public record EventMetadata(
        String eventId,
        String ceType,
        String source,
        String patientId,
        Instant time,
        long sequence,
        String correlationId,
        String causationId,
        String actor) {}
