package io.isoledger.decider;

import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Evolver;
import io.isoledger.domain.PatientState;
import io.isoledger.eventlog.EventCodec;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.eventlog.Topics;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The two sources of a patient's decider state, each read from Kafka as an outsider reads it
 * (read_committed, from the beginning to the end offsets of the moment, in no group): the
 * changelog of the decider's store, which is what a fresh instance restores its store from, read
 * with the store's own serde; and the events topic, folded with the domain's {@link Evolver}.
 */
final class DeciderStateSources {

    /** Kafka Streams names a store's changelog {@code <application id>-<store>-changelog}. */
    static final String CHANGELOG = "isoledger-decider-" + Topics.PATIENT_STATE_STORE + "-changelog";

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private DeciderStateSources() {}

    /** The latest state of each of {@code patients} on the changelog; a deleted one is absent. */
    static Map<String, PatientState> changelog(Set<String> patients) {
        var serde = PatientStateSerde.serde().deserializer();
        Map<String, PatientState> states = new HashMap<>();
        readAll(CHANGELOG, (key, record) -> {
            if (patients.contains(key)) {
                PatientState state = serde.deserialize(CHANGELOG, record.value());
                if (state == null) {
                    states.remove(key);
                } else {
                    states.put(key, state);
                }
            }
        });
        return states;
    }

    /**
     * Each of {@code patients} folded from the events topic, every event in topic order; fails on a
     * gap or a repeat in a patient's sequence, which the decider never writes.
     */
    static Map<String, PatientState> foldedFromTheEvents(Set<String> patients) {
        Map<String, PatientState> states = new HashMap<>();
        readAll(Topics.EVENTS, (key, record) -> {
            if (patients.contains(key)) {
                RecordedEvent event = EventCodec.decode(record);
                PatientState state = states.getOrDefault(key, PatientState.initial(key));
                assertThat(event.sequence())
                        .as("the sequence of %s's event at offset %d", key, record.offset())
                        .isEqualTo(state.version() + 1);
                states.put(key, Evolver.evolve(state, event.event()));
            }
        });
        return states;
    }

    private static void readAll(String topic, BiConsumer<String, ConsumerRecord<String, byte[]>> each) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, IsoLedgerTestEnvironment.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, READ_TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // Under read_committed, the end offsets are the last stable offsets.
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_TIMEOUT);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                assertThat(System.nanoTime())
                        .as("%s read to %s in time", topic, ends)
                        .isLessThan(deadline);
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() != null) {
                        each.accept(record.key(), record);
                    }
                }
            }
        }
    }
}
