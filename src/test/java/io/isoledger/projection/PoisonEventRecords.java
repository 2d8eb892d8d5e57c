package io.isoledger.projection;

import io.isoledger.eventlog.Topics;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes poison records to the events topic and reads what was parked on the dead-letter topic. */
final class PoisonEventRecords {

    private PoisonEventRecords() {}

    /** Every CloudEvents header a readable event has, with the given type. */
    static Map<String, String> cloudEventHeaders(String patientId, String ceType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", UUID.randomUUID().toString());
        headers.put("ce_source", "/poison-event-test");
        headers.put("ce_type", ceType);
        headers.put("ce_subject", patientId);
        headers.put("ce_time", Instant.now().toString());
        headers.put("content-type", "application/json");
        headers.put("ce_sequence", "1");
        return headers;
    }

    /** Sends one record to the events topic, as a faulty producer outside IsoLedger would. */
    static RecordMetadata send(String key, byte[] value, Map<String, String> headers) {
        Properties config = new Properties();
        config.put("bootstrap.servers", IsoLedgerTestEnvironment.bootstrapServers());
        config.put("acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.EVENTS, key, value);
            headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
            return producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not write a poison record", e);
        }
    }

    /** The dead letters parked, by any projector, from the given source partition and offsets. */
    static List<ConsumerRecord<String, byte[]>> deadLettersOf(int sourcePartition, List<Long> sourceOffsets) {
        return allDeadLetters().stream()
                .filter(r -> Integer.toString(sourcePartition).equals(header(r, DeadLetterQueue.SOURCE_PARTITION)))
                .filter(r -> sourceOffsets.stream()
                        .anyMatch(o -> o.toString().equals(header(r, DeadLetterQueue.SOURCE_OFFSET))))
                .toList();
    }

    /** The whole dead-letter topic, from its start to its present end. */
    static List<ConsumerRecord<String, byte[]>> allDeadLetters() {
        Properties config = new Properties();
        config.put("bootstrap.servers", IsoLedgerTestEnvironment.bootstrapServers());
        config.put("isolation.level", "read_committed");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAD_LETTERS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
            }
        }
        return found;
    }

    static ConsumerRecord<String, byte[]> parkedAt(
            List<ConsumerRecord<String, byte[]>> deadLetters, String projector, long sourceOffset) {
        return deadLetters.stream()
                .filter(r -> projector.equals(header(r, DeadLetterQueue.PROJECTOR)))
                .filter(r -> Long.toString(sourceOffset).equals(header(r, DeadLetterQueue.SOURCE_OFFSET)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no dead letter of " + projector + " at " + sourceOffset));
    }

    static String header(ConsumerRecord<String, byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
