package io.isoledger.eventlog;

import io.isoledger.domain.event.Event;

/** An event as read back from the events topic: its attributes, the decoded event and its raw JSON. */
public record RecordedEvent(EventMetadata metadata, Event event, String json) {

    public String patientId() {
        return metadata.patientId();
    }

    public long sequence() {
        return metadata.sequence();
    }
}
