package io.isoledger.bench;

import io.isoledger.domain.event.Event;
import io.isoledger.eventlog.CloudEventHeaders;
import io.isoledger.eventlog.EventCodec;
import io.isoledger.eventlog.EventMetadata;
import io.isoledger.eventlog.EventTypes;
import io.isoledger.eventlog.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes patients' events straight onto the events topic, in the decider's wire format (the same
 * {@link EventCodec}, {@link CloudEventHeaders} and {@link EventTypes}, keyed by patient, sequences
 * 1, 2, 3 ...): a log of a million events in seconds, where the API would take the best part of an hour.
 */
final class EventSeeder {

    private static final String SOURCE = "/isoledger";

    private EventSeeder() {}

    /** Seeds {@code patients} patients ({@link SeededCourse}) and returns the number of events written. */
    static long seed(String bootstrapServers, int patients) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        long written = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                20,
                ProducerConfig.BATCH_SIZE_CONFIG,
                256 * 1024,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class))) {
            for (int n = 1; n <= patients; n++) {
                String patientId = SeededCourse.patientId(n);
                List<Event> events = SeededCourse.events(n, today);
                String correlationId = UUID.randomUUID().toString();
                for (int i = 0; i < events.size(); i++) {
                    producer.send(record(patientId, i + 1L, events.get(i), correlationId));
                    written++;
                }
            }
            producer.flush();
        }
        return written;
    }

    private static ProducerRecord<String, byte[]> record(String patientId, long sequence, Event event, String cause) {
        EventMetadata metadata = new EventMetadata(
                EventMetadata.eventId(patientId, sequence),
                EventTypes.ALL.of(event).ceType(),
                SOURCE,
                patientId,
                Instant.now(),
                sequence,
                cause,
                cause,
                "bench-seeder");
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(headers, metadata);
        return new ProducerRecord<>(Topics.EVENTS, null, patientId, EventCodec.encode(event), headers);
    }
}
