package io.isoledger.faults;

import static io.isoledger.faults.Api.get;
import static io.isoledger.faults.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.faults.Api.Answer;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.ServiceInstance;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one host, with one data directory ({@code isoledger.data-dir}) and their own
 * instance ids, as an operator starts a second instance beside the first: A started by the test
 * framework (the data directory as a setting), B a second process of the same package (the data
 * directory and the instance id as environment variables, nothing else about its state). Both run,
 * both decide the commands of the partitions they hold, and each keeps its Kafka Streams state in its
 * own directory, {@code <data-dir>/<instance-id>/kafka-streams}, none under {@code /tmp}.
 */
@QuarkusIntegrationTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class CoexistingInstancesIT {

    private static final Duration START_BOUND = Duration.ofSeconds(120);
    private static final String DECIDER_STATE = "isoledger-decider";

    private static final SecondInstance INSTANCE_B = new SecondInstance("coexist-b");

    @AfterAll
    static void stopInstanceB() {
        INSTANCE_B.stop();
    }

    @Test
    void aSecondInstanceOnTheSameHost_runsBesideTheFirst_eachDecidingWithItsOwnStateDirectory() throws IOException {
        URI a = TwoInstances.instanceA();
        ServiceInstance b = INSTANCE_B.sharingWith(a, START_BOUND);

        for (URI instance : List.of(a, b.baseUri())) {
            Answer ready = get(instance, "/q/health/ready");
            assertThat(ready.status()).as("%s", ready).isEqualTo(200);
            assertThat(ready.json().get("checks").findValuesAsText("name"))
                    .as("the readiness checks of %s", instance)
                    .contains("decider");
        }

        ConsumerGroups.Membership decider = ConsumerGroups.describe(ConsumerGroups.DECIDER);
        Set<Integer> ofB = decider.of(b.instanceId(), "decider");
        Set<Integer> ofA = decider.ofOthersThan(b.instanceId(), "decider");
        assertThat(ofB).as("B's decider partitions").isNotEmpty();
        assertThat(ofA).as("A's decider partitions").isNotEmpty();
        int partitions = EventTopic.partitionCount();

        // Each instance decides the commands of its own partitions, whichever instance took the request.
        String decidedByB = patientOn(ofB, partitions);
        String decidedByA = patientOn(ofA, partitions);
        Answer viaA = post(a, "/api/v1/patients", Api.enrolment(decidedByB));
        Answer viaB = post(b.baseUri(), "/api/v1/patients", Api.enrolment(decidedByA));
        assertThat(viaA.status()).as("%s", viaA).isEqualTo(201);
        assertThat(viaB.status()).as("%s", viaB).isEqualTo(201);
        for (String patientId : List.of(decidedByA, decidedByB)) {
            for (URI instance : List.of(a, b.baseUri())) {
                assertThat(get(instance, "/api/v1/patients/" + patientId).status())
                        .as("%s read through %s", patientId, instance)
                        .isEqualTo(200);
            }
        }

        Path dataDir = IsoLedgerTestEnvironment.dataDir();
        String instanceA = instanceIdOfA(decider, b.instanceId());
        Path stateA = dataDir.resolve(instanceA).resolve("kafka-streams");
        Path stateB = b.stateDir();
        assertThat(stateB).isEqualTo(dataDir.resolve(b.instanceId()).resolve("kafka-streams"));
        assertThat(stateA).isNotEqualTo(stateB);
        for (Path state : List.of(stateA, stateB)) {
            assertThat(state.resolve(DECIDER_STATE)).as("Kafka Streams' state").isDirectory();
            // Under the data directory the instances were given, not Kafka Streams' own default
            // (<java.io.tmpdir>/kafka-streams); the checkout itself may well live under /tmp.
            assertThat(state.toRealPath()).as("under the data directory").startsWith(dataDir.toRealPath());
            assertThat(state.toRealPath().startsWith(Path.of(System.getProperty("java.io.tmpdir"), "kafka-streams")))
                    .as("%s under Kafka Streams' default", state)
                    .isFalse();
        }
        // The stores of each task are where the instance that runs it keeps its state.
        assertThat(taskDirectories(stateB)).as("tasks in B's state directory").containsAll(tasks(ofB));
        assertThat(taskDirectories(stateA)).as("tasks in A's state directory").containsAll(tasks(ofA));
    }

    /** A's id: its decider member is {@code <instance id>-decider-<thread>}. */
    private static String instanceIdOfA(ConsumerGroups.Membership decider, String instanceB) {
        List<String> others = decider.partitions().entrySet().stream()
                .filter(member -> !member.getValue().isEmpty())
                .map(member -> member.getKey().replaceFirst("-decider(-\\d+)?$", ""))
                .filter(Predicate.not(instanceB::equals))
                .distinct()
                .toList();
        assertThat(others).as("the other instances holding decider partitions").hasSize(1);
        return others.get(0);
    }

    private static String patientOn(Set<Integer> partitions, int partitionCount) {
        return IntStream.range(0, 10_000)
                .mapToObj(i -> Api.newPatientId("CO"))
                .filter(p -> partitions.contains(EventTopic.partitionOf(p, partitionCount)))
                .findFirst()
                .orElseThrow();
    }

    /** The decider's single sub-topology is 0: its task for partition p is {@code 0_p}. */
    private static Set<String> tasks(Set<Integer> partitions) {
        return partitions.stream().map(p -> "0_" + p).collect(Collectors.toSet());
    }

    private static Set<String> taskDirectories(Path state) throws IOException {
        try (Stream<Path> entries = Files.list(state.resolve(DECIDER_STATE))) {
            return entries.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .collect(Collectors.toSet());
        }
    }
}
