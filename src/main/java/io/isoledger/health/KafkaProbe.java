package io.isoledger.health;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.eventlog.KafkaClients;
import io.isoledger.eventlog.Topics;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Asks Kafka, through one long-lived Admin client, whether the cluster answers and where the events
 * topic ends, and keeps the answer for {@code isoledger.health.kafka-cache}: probes every few
 * seconds from every orchestrator and load balancer must not turn into load on the brokers.
 */
@ApplicationScoped
public class KafkaProbe {

    /** What Kafka answered; on failure the error, and no end offsets. */
    public record Snapshot(String clusterId, int nodes, Map<Integer, Long> eventsEndOffsets, String error) {

        public boolean reachable() {
            return clusterId != null;
        }
    }

    @Inject
    KafkaClients clients;

    @Inject
    IsoLedgerConfig config;

    private Admin admin;
    private Snapshot last;
    private long takenAt;

    public synchronized Snapshot snapshot() {
        if (last == null
                || System.nanoTime() - takenAt > config.health().kafkaCache().toNanos()) {
            last = take();
            takenAt = System.nanoTime();
        }
        return last;
    }

    void onStop(@Observes ShutdownEvent event) {
        Admin current;
        synchronized (this) {
            current = admin;
            admin = null;
        }
        if (current != null) {
            current.close(Duration.ofSeconds(2));
        }
    }

    private Snapshot take() {
        int timeoutMs = (int) config.health().kafkaTimeout().toMillis();
        String clusterId;
        int nodes;
        try {
            DescribeClusterResult cluster = admin().describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs));
            clusterId = orUnknown(cluster.clusterId().get(timeoutMs + 500L, TimeUnit.MILLISECONDS));
            nodes = cluster.nodes().get(timeoutMs + 500L, TimeUnit.MILLISECONDS).size();
        } catch (Exception e) {
            return new Snapshot(null, 0, null, "Kafka did not answer: " + describe(e));
        }
        try {
            return new Snapshot(clusterId, nodes, eventsEndOffsets(timeoutMs), null);
        } catch (Exception e) {
            return new Snapshot(clusterId, nodes, null, "no end offsets of " + Topics.EVENTS + ": " + describe(e));
        }
    }

    /** The last stable offset of each partition: records of open transactions are not lag yet. */
    private Map<Integer, Long> eventsEndOffsets(int timeoutMs) throws Exception {
        TopicDescription topic = admin().describeTopics(
                        List.of(Topics.EVENTS), new DescribeTopicsOptions().timeoutMs(timeoutMs))
                .allTopicNames()
                .get(timeoutMs + 500L, TimeUnit.MILLISECONDS)
                .get(Topics.EVENTS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        topic.partitions()
                .forEach(p -> latest.put(new TopicPartition(Topics.EVENTS, p.partition()), OffsetSpec.latest()));
        Map<Integer, Long> ends = new HashMap<>();
        admin().listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED).timeoutMs(timeoutMs))
                .all()
                .get(timeoutMs + 500L, TimeUnit.MILLISECONDS)
                .forEach((partition, info) -> ends.put(partition.partition(), info.offset()));
        return ends;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> adminConfig = clients.adminConfig();
            adminConfig.put(AdminClientConfig.CLIENT_ID_CONFIG, config.instanceId() + "-health");
            admin = Admin.create(adminConfig);
        }
        return admin;
    }

    private static String orUnknown(String value) {
        return value == null ? "unknown" : value;
    }

    private static String describe(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        if (e instanceof TimeoutException) {
            return "no answer in time";
        }
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
