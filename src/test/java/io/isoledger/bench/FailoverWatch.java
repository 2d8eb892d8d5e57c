package io.isoledger.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What {@link FailoverPhase} sees after the kill: the events topic read from its end as it was just
 * before (read_committed, so an event counts once its transaction committed), for the first event
 * of each probe patient on the killed instance's partitions; and the decider group, for when the
 * killed instance's static member is gone.
 */
final class FailoverWatch implements AutoCloseable {

    private static final String EVENTS = "isoledger.events.v1";

    /** Seconds after the kill. */
    record Seen(double memberGoneSeconds, double firstSeconds, double allSeconds) {}

    private final KafkaConsumer<String, byte[]> consumer;
    private final DeciderGroup group;
    private final String killed;
    private final Map<String, Integer> partitionOfProbe;

    FailoverWatch(
            String kafka, DeciderGroup group, String killed, Map<Integer, String> probes, Set<Integer> partitions) {
        this.group = group;
        this.killed = killed;
        this.partitionOfProbe = probes.entrySet().stream()
                .filter(probe -> partitions.contains(probe.getKey()))
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> all = consumer.partitionsFor(EVENTS).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(all);
        consumer.seekToEnd(all);
        all.forEach(consumer::position); // resolved now, before the kill
    }

    /** Until every probe's partition was decided and the member is gone; fails after {@code limit}. */
    Seen await(long killedAt, Duration limit) throws InterruptedException {
        Map<Integer, Double> decided = new TreeMap<>();
        double memberGone = Double.NaN;
        long nextGroupCheck = 0;
        long deadline = killedAt + limit.toNanos();
        while (decided.size() < partitionOfProbe.size() || Double.isNaN(memberGone)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("After " + limit + ": partitions deciding again " + decided.keySet()
                        + " of " + partitionOfProbe.values() + ", member gone after " + memberGone + " s");
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                Integer partition = record.key() == null ? null : partitionOfProbe.get(record.key());
                if (partition != null) {
                    decided.putIfAbsent(partition, ReplayPhase.seconds(killedAt));
                }
            }
            if (Double.isNaN(memberGone) && System.nanoTime() > nextGroupCheck) {
                if (group.partitionsOf(killed) == null) {
                    memberGone = ReplayPhase.seconds(killedAt);
                }
                nextGroupCheck = System.nanoTime() + Duration.ofMillis(250).toNanos();
            }
        }
        double first = decided.values().stream().mapToDouble(d -> d).min().orElse(Double.NaN);
        double all = decided.values().stream().mapToDouble(d -> d).max().orElse(Double.NaN);
        return new Seen(memberGone, first, all);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
