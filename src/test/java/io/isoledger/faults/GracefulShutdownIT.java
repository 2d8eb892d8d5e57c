package io.isoledger.faults;

import static io.isoledger.faults.Api.get;
import static io.isoledger.faults.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.isoledger.faults.Api.Answer;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.ServiceInstance;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packaged service is stopped (SIGTERM) while it takes writes: it answers every request it
 * accepted, each with its outcome (201 or 202), or refuses it with 503 and Retry-After; it leaves
 * its consumer groups before it exits, so the other instance takes its partitions over at once; and
 * after it starts again every write it acknowledged is there, on the events topic exactly once.
 */
@QuarkusIntegrationTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class GracefulShutdownIT {

    private static final Duration START_BOUND = Duration.ofSeconds(120);
    private static final Duration LOAD_BOUND = Duration.ofSeconds(60);
    /** Well under the session timeout (15 s): only a member that left is gone this soon. */
    private static final Duration LEFT_BOUND = Duration.ofSeconds(5);

    /** {@code afterSigterm}: sent after the signal; {@code answeredBefore}: answered before it was sent. */
    private record Write(String patientId, Answer answer, boolean afterSigterm, boolean answeredBefore) {}

    @Test
    void stoppedMidLoad_answersOrRefusesEveryRequest_leavesItsGroups_andLosesNoAcknowledgedWrite() throws Exception {
        URI a = TwoInstances.instanceA();
        ServiceInstance b = ServiceInstance.sharingTheTestEnvironment(TwoInstances.uniqueInstanceId("term-b"));
        try {
            b.start().awaitReady(START_BOUND);
            TwoInstances.awaitSharing(a, b, START_BOUND);
            URI bUri = b.baseUri();

            Queue<Write> writes = new ConcurrentLinkedQueue<>();
            AtomicBoolean sigterm = new AtomicBoolean();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            boolean exitedByItself;
            try {
                for (int i = 0; i < 4; i++) {
                    clients.submit(() -> {
                        while (running.get()) {
                            String patientId = Api.newPatientId("T");
                            boolean after = sigterm.get();
                            Answer answer = post(bUri, "/api/v1/patients", Api.enrolment(patientId));
                            writes.add(new Write(patientId, answer, after, !sigterm.get()));
                            if (after && !answer.answered()) {
                                break; // B has closed its port: nothing more to send it
                            }
                        }
                    });
                }
                await("writes acknowledged by B")
                        .atMost(LOAD_BOUND)
                        .until(() -> writes.stream()
                                        .filter(w -> w.answer().acknowledged())
                                        .count()
                                >= 40);
                sigterm.set(true);
                exitedByItself = b.stop();
                long stoppedAt = System.nanoTime();
                await("the decider and projector groups without B")
                        .atMost(LEFT_BOUND)
                        .untilAsserted(() -> {
                            for (String group : List.of(ConsumerGroups.DECIDER, ConsumerGroups.PROJECTOR)) {
                                ConsumerGroups.Membership members = ConsumerGroups.describe(group);
                                assertThat(members.partitions().keySet())
                                        .as("%s members", group)
                                        .noneMatch(member -> member.startsWith(b.instanceId()));
                            }
                        });
                System.out.printf(
                        "GracefulShutdownIT: B left its groups %d ms after it exited%n",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppedAt));
            } finally {
                running.set(false);
                clients.shutdown();
                assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(exitedByItself)
                    .as("B exited on SIGTERM within 30 s:%n%s", b.logTail())
                    .isTrue();

            List<Write> all = List.copyOf(writes);
            Map<Integer, Long> outcomes = all.stream()
                    .collect(Collectors.groupingBy(w -> w.answer().status(), TreeMap::new, Collectors.counting()));
            System.out.printf("GracefulShutdownIT: outcomes %s%n", outcomes);
            assertThat(all)
                    .filteredOn(Write::answeredBefore)
                    .as("answers given before SIGTERM")
                    .allSatisfy(w ->
                            assertThat(w.answer().status()).as("%s", w.answer()).isIn(201, 202, Api.NO_ANSWER));
            assertThat(all)
                    .filteredOn(w -> w.answer().answered() && !w.answer().acknowledged())
                    .as("refusals")
                    .allSatisfy(w -> {
                        assertThat(w.answer().status()).as("%s", w.answer()).isEqualTo(503);
                        assertThat(w.answer().headers()).as("%s", w.answer()).containsKey("retry-after");
                    });
            assertThat(all)
                    .filteredOn(w -> !w.afterSigterm())
                    .as("requests sent before SIGTERM")
                    .allSatisfy(w -> assertThat(w.answer().answered())
                            .as("%s", w.answer())
                            .isTrue());

            b.start().awaitReady(START_BOUND);
            Set<String> acknowledged = all.stream()
                    .filter(w -> w.answer().acknowledged())
                    .map(Write::patientId)
                    .collect(Collectors.toSet());
            for (String patientId : acknowledged) {
                assertThat(get(b.baseUri(), "/api/v1/patients/" + patientId).status())
                        .as("acknowledged %s read from B after its restart", patientId)
                        .isEqualTo(200);
            }
            Map<String, List<EventTopic.Recorded>> events = EventTopic.eventsOf(acknowledged);
            assertThat(acknowledged).allSatisfy(patientId -> assertThat(events.getOrDefault(patientId, List.of()))
                    .as("events of %s", patientId)
                    .hasSize(1));
        } finally {
            b.stop();
            ConsumerGroups.forget(b.instanceId());
        }
    }
}
