package io.isoledger.eventlog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

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
        String actor) {
    /** Deterministic, so a consumer can de-duplicate by {@code ce_id} across any replay. */
    public static String eventId(String patientId, long sequence) {
        return UUID.nameUUIDFromBytes((patientId + "#" + sequence).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
