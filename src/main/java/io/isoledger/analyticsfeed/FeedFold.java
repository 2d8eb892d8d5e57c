package io.isoledger.analyticsfeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.isoledger.eventlog.CloudEventHeaders;
import io.isoledger.eventlog.EventCodec;
import io.isoledger.eventlog.EventMetadata;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.eventlog.Topics;
import io.isoledger.eventlog.UnreadableEventException;
import io.isoledger.eventlog.WireJson;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The feed as a pure function of the events topic. Given a partition's event records in order from
 * its first, it gives each event's feed record, keeping per patient only what it folded from that
 * patient's earlier events (a patient's events all sit on one partition). Nothing else goes in: no
 * clock, no instance, no database. So the same events give the same records, byte for byte, in
 * every run: after a restart, in a rebuild, in another process.
 */
public final class FeedFold {

    private final Pseudonymiser pseudonyms;
    private final String source;
    private final Map<String, PatientHistory> patients = new HashMap<>();

    /** @param source the feed's {@code ce_source} */
    public FeedFold(Pseudonymiser pseudonyms, String source) {
        this.pseudonyms = pseudonyms;
        this.source = source;
    }

    /**
     * The feed record of the event in {@code eventRecord}, empty if the event makes none.
     *
     * @throws UnreadableEventException if the record holds no event IsoLedger can read; the
     *     projectors park it as a dead letter, and the feed has nothing to fold from it
     */
    public Optional<ProducerRecord<String, byte[]>> apply(ConsumerRecord<String, byte[]> eventRecord) {
        RecordedEvent recorded = EventCodec.decode(eventRecord);
        PatientHistory history = patients.computeIfAbsent(recorded.patientId(), id -> new PatientHistory());
        String pseudonym = pseudonyms.pseudonymOf(recorded.patientId());
        FeedRecord record = recorded.event().accept(new EventToFeedRecord(history, pseudonym, recorded.sequence()));
        return Optional.ofNullable(record).map(r -> toKafka(r, recorded.metadata(), eventRecord.timestamp()));
    }

    /**
     * The record with the events topic's CloudEvents headers, less what could name someone: the
     * subject and key are the pseudonym, the id is derived from it, and the correlation id (the
     * caller's free text), the causation id (it leads back to the commands topic) and the actor (a
     * person) are left out. The time and the timestamp are the event's: a rebuild writes the same.
     */
    private ProducerRecord<String, byte[]> toKafka(FeedRecord record, EventMetadata event, long timestamp) {
        ProducerRecord<String, byte[]> out =
                new ProducerRecord<>(Topics.ANALYTICS, null, timestamp, record.pseudonym(), encode(record));
        CloudEventHeaders.write(
                out.headers(),
                new EventMetadata(
                        idOf(record.pseudonym(), event.sequence()),
                        FeedRecordTypes.ALL.of(record).ceType(),
                        source,
                        record.pseudonym(),
                        event.time(),
                        event.sequence(),
                        null,
                        null,
                        null));
        return out;
    }

    /** Name-based, like the events' ids, but of the pseudonym: the event's id would hash the patient id. */
    static String idOf(String pseudonym, long sequence) {
        return UUID.nameUUIDFromBytes(("analytics#" + pseudonym + "#" + sequence).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static byte[] encode(FeedRecord record) {
        try {
            return WireJson.MAPPER.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
