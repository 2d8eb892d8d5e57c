package io.isoledger.faults;

import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.MemberToRemove;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.common.GroupState;

/**
 * The service's consumer groups as the broker sees them: who holds which partitions. Every group
 * member of an instance is static, named {@code <instance id>-<decider|projector|analytics>}.
 */
final class ConsumerGroups {

    static final String DECIDER = "isoledger-decider";
    static final String PROJECTOR = "isoledger-projector";
    static final String ANALYTICS = "isoledger-analytics";
    private static final List<String> ALL = List.of(DECIDER, PROJECTOR, ANALYTICS);

    /** A group's state and, per static member (its group.instance.id), the partitions it holds. */
    record Membership(GroupState state, Map<String, Set<Integer>> partitions) {

        /**
         * The partitions an instance's member holds. Its group.instance.id is
         * {@code <instance id>-<role>}; Kafka Streams appends its thread's index ({@code -1}).
         */
        Set<Integer> of(String instanceId, String role) {
            return partitions.entrySet().stream()
                    .filter(member -> isOf(member.getKey(), instanceId, role))
                    .flatMap(member -> member.getValue().stream())
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        /** Whether the instance has a member in the group. */
        boolean has(String instanceId, String role) {
            return partitions.keySet().stream().anyMatch(member -> isOf(member, instanceId, role));
        }

        /** The partitions the members of every other instance hold. */
        Set<Integer> ofOthersThan(String instanceId, String role) {
            return partitions.entrySet().stream()
                    .filter(member -> !isOf(member.getKey(), instanceId, role))
                    .flatMap(member -> member.getValue().stream())
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        private static boolean isOf(String member, String instanceId, String role) {
            String name = instanceId + "-" + role;
            return member.equals(name) || member.startsWith(name + "-");
        }

        boolean stable() {
            return state == GroupState.STABLE;
        }
    }

    private ConsumerGroups() {}

    static Membership describe(String groupId) {
        try (Admin admin = admin()) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(groupId))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .get(groupId);
            Map<String, Set<Integer>> partitions = new TreeMap<>();
            for (MemberDescription member : group.members()) {
                partitions.put(
                        member.groupInstanceId().orElse(member.consumerId()),
                        member.assignment().topicPartitions().stream()
                                .map(tp -> tp.partition())
                                .collect(Collectors.toCollection(TreeSet::new)));
            }
            return new Membership(group.groupState(), partitions);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Cannot describe the consumer group " + groupId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Removes a stopped instance's static members from every group at once, instead of leaving its
     * partitions idle until the session timeout: a static member does not leave its group when it
     * closes, and later tests must not wait for it. A member that is already gone is no error.
     */
    static void forget(String instanceId) {
        for (String groupId : ALL) {
            String role = groupId.substring("isoledger-".length());
            Set<String> members;
            try {
                members = describe(groupId).partitions().keySet().stream()
                        .filter(member -> Membership.isOf(member, instanceId, role))
                        .collect(Collectors.toSet());
            } catch (IllegalStateException e) {
                continue;
            }
            if (members.isEmpty()) {
                continue;
            }
            try (Admin admin = admin()) {
                admin.removeMembersFromConsumerGroup(
                                groupId,
                                new RemoveMembersFromConsumerGroupOptions(members.stream()
                                        .map(MemberToRemove::new)
                                        .collect(Collectors.toSet())))
                        .all()
                        .get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                // Gone meanwhile (the session timed out): nothing to forget.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, IsoLedgerTestEnvironment.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }
}
