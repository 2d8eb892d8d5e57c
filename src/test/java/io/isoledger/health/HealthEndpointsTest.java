package io.isoledger.health;

import static io.restassured.RestAssured.get;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A healthy service is live and ready, and says which checks it made. Orchestrators probe without
 * credentials, so these calls carry none (this is deliberately not an AuthenticatedApiTest).
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class HealthEndpointsTest {

    @BeforeEach
    void callWithoutCredentials() {
        // Other test classes leave their default Authorization header behind.
        RestAssured.requestSpecification = null;
    }

    @Test
    void liveness_isUp_withTheConsumerAndDeciderThreadsAlive() {
        get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(ConsumerThreadsLivenessCheck.NAME, DeciderLivenessCheck.NAME))
                .body("checks.status", everyItem(equalTo("UP")))
                .body("checks.find { it.name == 'consumer-threads' }.data.projector", equalTo("alive"))
                .body("checks.find { it.name == 'consumer-threads' }.data.analytics", equalTo("alive"))
                .body("checks.find { it.name == 'consumer-threads' }.data.replies", equalTo("alive"));
    }

    @Test
    void readiness_isUp_onAHealthyService_withEveryCheck() {
        // A fresh start replays the events topic of every earlier test: ready once caught up.
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));

        get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(
                        "checks.name",
                        hasItems(
                                KafkaReadinessCheck.NAME,
                                DeciderReadinessCheck.NAME,
                                ProjectorLagReadinessCheck.NAME,
                                DeadLetterReadinessCheck.NAME,
                                "Database connections health check",
                                "Kafka Streams topics health check"))
                .body("checks.status", everyItem(equalTo("UP")))
                .body("checks.find { it.name == 'decider' }.data.state", equalTo("RUNNING"))
                .body("checks.find { it.name == 'projector-lag' }.data.projector", lessThanOrEqualTo(1000))
                .body("checks.find { it.name == 'dead-letters' }.data.unacknowledged", equalTo(0));
    }
}
