package io.isoledger.history;

import io.isoledger.domain.event.Event;
import io.isoledger.eventlog.EventCodec;
import io.isoledger.eventlog.EventMetadata;
import java.time.Instant;
import java.util.List;

/** A patient's events as the audit trail holds them, read as the current event versions. */
public final class PatientEvents {

    private PatientEvents() {}

    /** One event with its place in the patient's stream (ce_sequence) and when it was recorded (ce_time). */
    public record Recorded(long sequence, Instant time, Event event) {}

    /** The patient's events after sequence {@code after} and before {@code before}, in stream order. */
    public static List<Event> between(String patientId, long after, long before) {
        return decoded(EventHistoryEntry.list(
                        "patientId = ?1 and sequence > ?2 and sequence < ?3 order by sequence",
                        patientId,
                        after,
                        before))
                .stream()
                .map(Recorded::event)
                .toList();
    }

    /** Every event of the patient with its sequence and time, in stream order. */
    public static List<Recorded> recordedOf(String patientId) {
        return decoded(EventHistoryEntry.ofPatient(patientId));
    }

    private static List<Recorded> decoded(List<EventHistoryEntry> entries) {
        return entries.stream()
                .map(e -> new Recorded(
                        e.sequence,
                        e.occurredAt,
                        EventCodec.decode(
                                new EventMetadata(
                                        e.eventId,
                                        e.eventType,
                                        null,
                                        e.patientId,
                                        e.occurredAt,
                                        e.sequence,
                                        e.correlationId,
                                        e.causationId,
                                        e.actor),
                                e.data)))
                .toList();
    }
}
