package io.isoledger.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.isoledger.testsupport.ServiceInstance;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.restassured.RestAssured;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

/**
 * Instance A is the application {@code @QuarkusIntegrationTest} started; instance B a
 * {@link ServiceInstance} of the same package on the same broker and database.
 */
final class TwoInstances {

    private TwoInstances() {}

    /** Instance A, on loopback at the port the test framework gave it. */
    static URI instanceA() {
        return URI.create("http://127.0.0.1:" + RestAssured.port);
    }

    static String uniqueInstanceId(String role) {
        return "it-" + role + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Waits until both instances are ready and share the work: the decider group and the projector
     * group are stable, and in each, B and another member (A) both hold partitions. Returns the
     * decider partitions B holds.
     */
    static Set<Integer> awaitSharing(URI a, ServiceInstance b, Duration atMost) {
        AtomicReference<String> last = new AtomicReference<>("nothing yet");
        try {
            await("instances A and B sharing the partitions")
                    .atMost(atMost)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        ConsumerGroups.Membership decider = ConsumerGroups.describe(ConsumerGroups.DECIDER);
                        ConsumerGroups.Membership projector = ConsumerGroups.describe(ConsumerGroups.PROJECTOR);
                        int readyA = Api.get(a, "/q/health/ready").status();
                        int readyB = Api.get(b.baseUri(), "/q/health/ready").status();
                        last.set("A ready " + readyA + ", B ready " + readyB + ", decider " + decider + ", projector "
                                + projector);
                        return readyA == 200
                                && readyB == 200
                                && sharedWith(decider, b.instanceId(), "decider")
                                && sharedWith(projector, b.instanceId(), "projector");
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(
                    "A and B did not come to share the work within " + atMost + ": " + last.get() + "\nB's log:\n"
                            + b.logTail(),
                    e);
        }
        return ConsumerGroups.describe(ConsumerGroups.DECIDER).of(b.instanceId(), "decider");
    }

    private static boolean sharedWith(ConsumerGroups.Membership group, String instanceB, String role) {
        return group.stable()
                && !group.of(instanceB, role).isEmpty()
                && !group.ofOthersThan(instanceB, role).isEmpty();
    }

    /** The patient's events, in topic order, are numbered 1, 2, ... n: no gap, no duplicate, no reordering. */
    static void assertRunOfSequences(String patientId, List<EventTopic.Recorded> events, long n) {
        assertThat(events)
                .as("ce_sequence of %s's events in topic order: %s", patientId, events)
                .extracting(EventTopic.Recorded::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, n).boxed().toList());
        assertThat(events)
                .as("ce_id of %s's events", patientId)
                .extracting(EventTopic.Recorded::id)
                .doesNotHaveDuplicates();
        assertThat(events)
                .as("partitions of %s's events", patientId)
                .extracting(EventTopic.Recorded::partition)
                .containsOnly(events.get(0).partition());
    }

    static Map<String, String> idempotencyKey(String key) {
        return Map.of("Idempotency-Key", key);
    }

    /** Per patient: the summary, the side effects and the audit trail, as the API answers them. */
    static Map<String, String> readModelsOf(URI instance, List<String> patients) {
        Map<String, String> read = new LinkedHashMap<>();
        for (String patientId : patients) {
            for (String what : List.of("", "/side-effects", "/events")) {
                String path = "/api/v1/patients/" + patientId + what;
                Api.Answer answer = Api.get(instance, path);
                read.put(path, answer.status() + " " + answer.body());
            }
        }
        return read;
    }

    /** Asks the instance, as an administrator, to rebuild every read model from the events topic. */
    static Api.Answer rebuildReadModels(URI instance) {
        return Api.post(
                instance,
                "/api/v1/admin/read-models/rebuild",
                Map.of(),
                Map.of("Authorization", "Bearer " + Tokens.forRoles("operations", Roles.ADMIN)));
    }
}
