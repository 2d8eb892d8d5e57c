package io.isoledger.eventlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.isoledger.domain.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Event JSON to and from Kafka records. */
public final class EventCodec {

    private EventCodec() {}

    public static byte[] encode(Event event) {
        try {
            return WireJson.MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RecordedEvent decode(ConsumerRecord<String, byte[]> record) {
        EventMetadata metadata = CloudEventHeaders.read(record.headers());
        WireType<Event> type = EventTypes.ALL
                .byCeType(metadata.ceType())
                .orElseThrow(() -> new UnreadableEventException("unknown event type " + metadata.ceType()));
        if (record.value() == null) {
            throw new UnreadableEventException("no data for " + metadata.ceType());
        }
        try {
            Event event = WireJson.MAPPER.readValue(record.value(), type.javaType());
            return new RecordedEvent(metadata, event, new String(record.value(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UnreadableEventException("unreadable " + metadata.ceType() + " data: " + e.getMessage());
        }
    }
}
