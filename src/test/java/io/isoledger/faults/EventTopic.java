package io.isoledger.faults;

import io.isoledger.eventlog.Topics;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;

/**
 * The events topic as an outside consumer sees it: read_committed, from the beginning, in no group.
 */
final class EventTopic {

    /** One event as recorded: where it is, and the CloudEvents attributes the tests check. */
    record Recorded(String patientId, int partition, long offset, long sequence, String type, String id) {}

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private EventTopic() {}

    /**
     * Every committed event of the given patients, per patient in topic order, up to the topic's
     * last stable offset at the time of the call.
     */
    static Map<String, List<Recorded>> eventsOf(Collection<String> patientIds) {
        Set<String> wanted = Set.copyOf(patientIds);
        Map<String, List<Recorded>> events = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVENTS, READ_TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // Under read_committed, the end offsets are the last stable offsets.
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_TIMEOUT);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read the events topic to " + ends + " within " + READ_TIMEOUT);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() != null && wanted.contains(record.key())) {
                        events.computeIfAbsent(record.key(), k -> new ArrayList<>())
                                .add(new Recorded(
                                        record.key(),
                                        record.partition(),
                                        record.offset(),
                                        Long.parseLong(header(record, "ce_sequence")),
                                        header(record, "ce_type"),
                                        header(record, "ce_id")));
                    }
                }
            }
        }
        return events;
    }

    static List<Recorded> eventsOf(String patientId) {
        return eventsOf(List.of(patientId)).getOrDefault(patientId, List.of());
    }

    /** The partition a patient's commands and events go to: the producer's default partitioner. */
    static int partitionOf(String patientId, int partitions) {
        return Utils.toPositive(Utils.murmur2(patientId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    static int partitionCount() {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            return consumer.partitionsFor(Topics.COMMANDS, READ_TIMEOUT).size();
        }
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, IsoLedgerTestEnvironment.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
