package io.isoledger.faults;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.isoledger.devkafka.EmbeddedKafkaBroker;
import io.isoledger.metrics.PrometheusScrape;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The broker is killed (SIGKILL) while writes go on, then started again. While it is away every
 * write answers 503 with Retry-After within a bounded time; afterwards the service writes again
 * without a restart of its own, and every write that got a 2xx is in the log and the read model.
 * Meanwhile the instance is not ready (Kafka unreachable) but stays live.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class BrokerFaultTest extends AuthenticatedApiTest {

    /** The reply timeout (10 s) and the producer's own bounds, with a margin. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    private record Outcome(String patientId, int status, long millis, String retryAfter) {}

    @Test
    void writesFailFastWhileTheBrokerIsDown_andNothingAcknowledgedIsLost() throws Exception {
        Assumptions.assumeTrue(IsoLedgerTestEnvironment.usesEmbeddedBroker(), "needs the embedded broker to kill");
        EmbeddedKafkaBroker broker = IsoLedgerTestEnvironment.broker();
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        PrometheusScrape before = PrometheusScrape.take();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
            clients.submit(() -> {
                while (running.get()) {
                    outcomes.add(enrol());
                }
            });
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> created(outcomes) >= 10);

        broker.kill();
        long killedAt = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).until(() -> outcomes.stream().anyMatch(o -> o.status() == 503));
        long firstRefusal = System.nanoTime();
        // Out of traffic while the broker is away, but live: restarting the service would not help.
        await().atMost(BOUND).untilAsserted(() -> get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'kafka' }.status", equalTo("DOWN")));
        get("/q/health/live").then().statusCode(200);
        broker.start();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> createdAfterARefusal(outcomes) >= 5);
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<Outcome> all = List.copyOf(outcomes);
        assertThat(all).allSatisfy(o -> assertThat(o.status()).isIn(201, 202, 503));
        assertThat(all).allSatisfy(o -> assertThat(o.millis()).isLessThan(BOUND.toMillis()));
        assertThat(all).filteredOn(o -> o.status() == 503).allSatisfy(o -> assertThat(o.retryAfter())
                .isNotBlank());
        assertThat(TimeUnit.NANOSECONDS.toSeconds(firstRefusal - killedAt)).isLessThan(BOUND.toSeconds());
        // Each answer counted once by its outcome: a 503 timed out (sent) or unavailable (never sent).
        PrometheusScrape after = PrometheusScrape.take();
        assertThat(enrolments(before, after, "accepted"))
                .isEqualTo(all.stream().filter(o -> o.status() / 100 == 2).count());
        assertThat(enrolments(before, after, "timed_out") + enrolments(before, after, "unavailable"))
                .isEqualTo(all.stream().filter(o -> o.status() == 503).count());
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> get("/q/health/ready").then().statusCode(200));
        for (Outcome acknowledged :
                all.stream().filter(o -> o.status() / 100 == 2).toList()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                get("/api/v1/patients/" + acknowledged.patientId()).then().statusCode(200);
                get("/api/v1/patients/" + acknowledged.patientId() + "/events")
                        .then()
                        .statusCode(200);
            });
        }
    }

    private static long enrolments(PrometheusScrape before, PrometheusScrape after, String outcome) {
        Map<String, String> labels = Map.of("command", "EnrollPatient", "outcome", outcome);
        String counter = "isoledger_commands_total";
        return Math.round(after.value(counter, labels) - before.value(counter, labels));
    }

    private static Outcome enrol() {
        String patientId = "F-" + UUID.randomUUID().toString().substring(0, 12);
        long start = System.nanoTime();
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "patientId",
                        patientId,
                        "sex",
                        "MALE",
                        "birthDate",
                        "1990-01-01",
                        "weightKg",
                        70,
                        "canBecomePregnant",
                        false))
                .post("/api/v1/patients");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return new Outcome(patientId, response.statusCode(), millis, response.header("Retry-After"));
    }

    private static long created(ConcurrentLinkedQueue<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.status() == 201).count();
    }

    /** Outcomes are appended in completion order: the 201s after the first 503. */
    private static long createdAfterARefusal(ConcurrentLinkedQueue<Outcome> outcomes) {
        boolean afterRefusal = false;
        long count = 0;
        for (Outcome o : outcomes) {
            afterRefusal |= o.status() == 503;
            if (afterRefusal && o.status() == 201) {
                count++;
            }
        }
        return count;
    }
}
