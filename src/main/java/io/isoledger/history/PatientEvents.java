package io.isoledger.history;

import io.isoledger.domain.Event;
import io.isoledger.eventlog.EventCodec;
import io.isoledger.eventlog.EventMetadata;
import java.util.List;

/** A patient's events as the audit trail holds them, read as the current event versions. */
public final class PatientEvents {

    private PatientEvents() {}

    /** Every event of the patient, in stream order. */
    public static List<Event> of(String patientId) {
        return decoded(EventHistoryEntry.ofPatient(patientId));
    }

    /** The patient's events before {@code sequence}, in stream order. */
    public static List<Event> before(String patientId, long sequence) {
        return decoded(
                EventHistoryEntry.list("patientId = ?1 and sequence < ?2 order by sequence", patientId, sequence));
    }

    private static List<Event> decoded(List<EventHistoryEntry> entries) {
        return entries.stream()
                .map(e -> EventCodec.decode(
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
                        e.data))
                .toList();
    }
}
