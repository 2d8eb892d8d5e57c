package io.isoledger.history;

import io.isoledger.eventlog.EventMetadata;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the audit trail: every event, whatever its type, as one {@link EventHistoryEntry} with its
 * attributes and its JSON as appended. The other read models decide per event type.
 */
@ApplicationScoped
public class EventHistoryProjection implements ReadModelProjection {

    @Override
    public void apply(RecordedEvent recorded) {
        EventMetadata m = recorded.metadata();
        EventHistoryEntry entry = new EventHistoryEntry();
        entry.eventId = m.eventId();
        entry.patientId = m.patientId();
        entry.sequence = m.sequence();
        entry.eventType = m.ceType();
        entry.occurredAt = m.time();
        entry.correlationId = m.correlationId();
        entry.causationId = m.causationId();
        entry.actor = m.actor();
        entry.data = recorded.json();
        entry.persist();
    }

    @Override
    public void clear() {
        EventHistoryEntry.deleteAll();
    }
}
