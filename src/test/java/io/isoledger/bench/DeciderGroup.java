package io.isoledger.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.utils.Utils;

/**
 * The decider's consumer group as the broker sees it, for {@link FailoverPhase}: which decider
 * partitions an instance's member holds (its static id is {@code <instance id>-decider}, with Kafka
 * Streams' thread index appended), and the partition of a patient's commands.
 */
final class DeciderGroup implements AutoCloseable {

    private static final String GROUP = "isoledger-decider";
    private static final String COMMANDS = "isoledger.commands.v1";

    private final Admin admin;

    DeciderGroup(String bootstrapServers) {
        admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                10_000));
    }

    /** The partitions the instance's member holds; null while the instance has no member in the group. */
    Set<Integer> partitionsOf(String instanceId) throws InterruptedException {
        ConsumerGroupDescription group;
        try {
            group = admin.describeConsumerGroups(List.of(GROUP))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .get(GROUP);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot describe " + GROUP, e);
        }
        Set<Integer> partitions = null;
        for (MemberDescription member : group.members()) {
            String id = member.groupInstanceId().orElse(member.consumerId());
            if (id.equals(instanceId + "-decider") || id.startsWith(instanceId + "-decider-")) {
                Set<Integer> held = partitions == null ? new TreeSet<>() : partitions;
                member.assignment().topicPartitions().forEach(p -> held.add(p.partition()));
                partitions = held;
            }
        }
        return partitions;
    }

    /** The partitions of the commands topic: the most instances that can decide at once. */
    int partitionCount() throws InterruptedException {
        try {
            return admin.describeTopics(List.of(COMMANDS))
                    .allTopicNames()
                    .get(10, TimeUnit.SECONDS)
                    .get(COMMANDS)
                    .partitions()
                    .size();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot describe " + COMMANDS, e);
        }
    }

    /** The partition of a patient's commands: the producer's default partitioner on the patient id. */
    static int partitionOf(String patientId, int partitions) {
        return Utils.toPositive(Utils.murmur2(patientId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    @Override
    public void close() {
        admin.close();
    }
}
