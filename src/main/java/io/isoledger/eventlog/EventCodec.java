package io.isoledger.eventlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.isoledger.domain.event.Event;
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

    /** The event of a record, in its current version whatever version the record holds. */
    public static RecordedEvent decode(ConsumerRecord<String, byte[]> record) {
        EventMetadata metadata = CloudEventHeaders.read(record.headers());
        if (record.value() == null) {
            throw new UnreadableEventException("no data for " + metadata.ceType());
        }
        String json = new String(record.value(), StandardCharsets.UTF_8);
        return new RecordedEvent(metadata, decode(metadata, json), json);
    }

    /** The event of {@code json} written as {@code metadata.ceType()}, upcast to the current version. */
    public static Event decode(EventMetadata metadata, String json) {
        try {
            Upcasters.Upcast current = Upcasters.toCurrent(metadata.ceType(), WireJson.MAPPER.readTree(json), metadata);
            WireType<Event> type = EventTypes.ALL
                    .byCeType(current.ceType())
                    .orElseThrow(() -> new UnreadableEventException("unknown event type " + metadata.ceType()));
            return WireJson.MAPPER.treeToValue(current.data(), type.javaType());
        } catch (UnreadableEventException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Whatever a record holds, reading it fails only this way: the projectors park it.
            throw new UnreadableEventException("unreadable " + metadata.ceType() + " data: " + e.getMessage());
        }
    }
}
