package io.isoledger.faults;

import static io.isoledger.faults.Api.get;
import static io.isoledger.faults.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.isoledger.faults.Api.Answer;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service share the topics and the database (A started by the test framework,
 * B a second process of the same package). Concurrent writes for one patient, sent to both, are
 * still decided one after the other by the single owner of the patient's partition: of 50
 * concurrent prescriptions exactly one is issued, and the patient's stream has no gap and no
 * duplicate.
 */
@QuarkusIntegrationTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class ConcurrentPrescriptionsIT {

    private static final int REQUESTS = 50;
    private static final int CLIENT_THREADS = 10;
    private static final Duration START_BOUND = Duration.ofSeconds(120);
    private static final Duration READ_BOUND = Duration.ofSeconds(30);

    private static final SecondInstance INSTANCE_B = new SecondInstance("concurrent-b");

    private URI a;
    private URI b;

    @BeforeEach
    void twoInstances() {
        a = TwoInstances.instanceA();
        b = INSTANCE_B.sharingWith(a, START_BOUND).baseUri();
    }

    @AfterAll
    static void stopInstanceB() {
        INSTANCE_B.stop();
    }

    @Test
    void ofFiftyConcurrentPrescriptionsAcrossTwoInstances_exactlyOneIsIssued() throws Exception {
        String patientId = Api.newPatientId("CP");
        String path = "/api/v1/patients/" + patientId;
        expectCreated(post(a, "/api/v1/patients", Api.enrolment(patientId)));
        expectCreated(
                post(b, path + "/contraception", Api.contraception(Api.today().minusDays(40))));
        expectCreated(post(a, path + "/pregnancy-tests", Api.negativePregnancyTest(Api.recently())));
        expectCreated(post(b, path + "/blood-tests", Api.bloodTest(Api.recently())));
        Answer eligibility = get(b, path + "/prescription-eligibility");
        assertThat(eligibility.status()).as("eligibility: %s", eligibility).isEqualTo(200);
        assertThat(eligibility.json().get("eligible").asBoolean())
                .as("eligible before the race: %s", eligibility)
                .isTrue();

        List<Answer> answers =
                concurrently(i -> post(i % 2 == 0 ? a : b, path + "/prescriptions", Api.prescription("RX-" + i)));

        List<Answer> issued = answers.stream().filter(Answer::acknowledged).toList();
        assertThat(issued)
                .as("the prescriptions issued, of %s", statuses(answers))
                .hasSize(1);
        List<Answer> refused =
                answers.stream().filter(answer -> !answer.acknowledged()).toList();
        assertThat(refused).as("the refusals").hasSize(REQUESTS - 1).allSatisfy(answer -> assertThat(answer.status())
                .as("%s", answer)
                .isIn(409, 422));
        // After the one issued today: R15 (the supply has not run out) and, under jp-clinic, R2 (no
        // blood test after the previous prescription).
        assertThat(refused)
                .filteredOn(answer -> answer.status() == 422)
                .allSatisfy(answer -> assertThat(rules(answer)).as("%s", answer).contains("R2", "R15"));
        Answer winner = issued.get(0);
        String winnerId = winner.json()
                .get("events")
                .get(0)
                .get("data")
                .get("prescriptionId")
                .asText();
        assertThat(winner.version()).isEqualTo(5);

        List<EventTopic.Recorded> events = EventTopic.eventsOf(patientId);
        TwoInstances.assertRunOfSequences(patientId, events, 5);
        assertThat(events)
                .filteredOn(e -> e.type().equals("isoledger.PrescriptionIssued.v2"))
                .extracting(EventTopic.Recorded::sequence)
                .containsExactly(5L);

        for (URI instance : List.of(a, b)) {
            await().atMost(READ_BOUND).untilAsserted(() -> {
                Answer prescriptions = get(instance, path + "/prescriptions");
                assertThat(prescriptions.status()).isEqualTo(200);
                assertThat(StreamSupport.stream(prescriptions.json().spliterator(), false)
                                .map(p -> p.get("prescriptionId").asText())
                                .toList())
                        .as("prescriptions read from %s", instance)
                        .containsExactly(winnerId);
            });
        }
    }

    @Test
    void fiftyConcurrentSideEffectReportsAcrossTwoInstances_allRecorded_withoutGapOrDuplicate() throws Exception {
        String patientId = Api.newPatientId("CS");
        String path = "/api/v1/patients/" + patientId;
        expectCreated(post(b, "/api/v1/patients", Api.enrolment(patientId)));

        List<Answer> answers =
                concurrently(i -> post(i % 2 == 0 ? a : b, path + "/side-effects", Api.sideEffect("report " + i)));

        assertThat(answers).as("the reports, %s", statuses(answers)).allSatisfy(answer -> assertThat(answer.status())
                .as("%s", answer)
                .isIn(201, 202));
        assertThat(answers)
                .extracting(Answer::version)
                .as("the versions the reports answered with")
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.rangeClosed(2, REQUESTS + 1).boxed().toList());

        List<EventTopic.Recorded> events = EventTopic.eventsOf(patientId);
        TwoInstances.assertRunOfSequences(patientId, events, REQUESTS + 1);
        assertThat(events)
                .filteredOn(e -> e.type().equals("isoledger.SideEffectReported.v1"))
                .hasSize(REQUESTS);

        for (URI instance : List.of(a, b)) {
            await().atMost(READ_BOUND).untilAsserted(() -> {
                Answer reports = get(instance, path + "/side-effects");
                assertThat(reports.status()).isEqualTo(200);
                assertThat(reports.json().size())
                        .as("side effects read from %s", instance)
                        .isEqualTo(REQUESTS);
                Answer history = get(instance, path + "/events");
                assertThat(history.status()).isEqualTo(200);
                assertThat(StreamSupport.stream(history.json().spliterator(), false)
                                .map(e -> e.get("sequence").asLong())
                                .sorted()
                                .toList())
                        .as("the audit trail read from %s", instance)
                        .containsExactlyElementsOf(
                                LongStream.rangeClosed(1, REQUESTS + 1).boxed().toList());
            });
        }
    }

    /** Sends the requests from several client threads, all released at once. */
    private static List<Answer> concurrently(IntFunction<Answer> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                int n = i;
                futures.add(clients.submit(() -> {
                    go.await();
                    return request.apply(n);
                }));
            }
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }

    private static void expectCreated(Answer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
    }

    private static List<String> rules(Answer answer) {
        JsonNode violations = answer.json().get("violations");
        assertThat(violations).as("violations of %s", answer).isNotNull();
        return StreamSupport.stream(violations.spliterator(), false)
                .map(v -> v.get("rule").asText())
                .toList();
    }

    /** How many answers of each status, per instance: for failure messages. */
    private static Map<String, Long> statuses(List<Answer> answers) {
        return answers.stream()
                .collect(Collectors.groupingBy(
                        answer -> answer.instance().getPort() + ":" + answer.status(),
                        TreeMap::new,
                        Collectors.counting()));
    }
}
