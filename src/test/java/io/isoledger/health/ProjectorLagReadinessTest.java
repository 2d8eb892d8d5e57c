package io.isoledger.health;

import static io.isoledger.api.Fixtures.enrolment;
import static io.isoledger.api.Fixtures.newPatientId;
import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.isoledger.projection.ReadModelProjector;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Read models that fall behind the events topic take the instance out of traffic (readiness DOWN,
 * naming the lag), without making it "not live": a restart would not help. Caught up, it is ready
 * again, and what was written meanwhile is there.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
@TestProfile(ProjectorLagReadinessTest.SmallLagAllowance.class)
class ProjectorLagReadinessTest extends AuthenticatedApiTest {

    /** Above the one commit marker per partition (12) a caught-up projector may show. */
    static final int MAX_LAG = 20;

    public static class SmallLagAllowance implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "isoledger.health.max-projector-lag", String.valueOf(MAX_LAG),
                    "isoledger.health.kafka-cache", "100ms",
                    // Writes answer 202 soon when the read model does not catch up.
                    "isoledger.write.projection-timeout", "200ms");
        }
    }

    @Inject
    ReadModelProjector projector;

    @Test
    void aProjectorFarBehind_makesTheInstanceNotReady_butStillLive_untilItCatchesUp() {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> get("/q/health/ready").then().statusCode(200));

        projector.stop();
        List<String> written = new ArrayList<>();
        try {
            // Each enrolment is an event and a transaction marker: two offsets.
            for (int i = 0; i < MAX_LAG; i++) {
                String patientId = newPatientId();
                given().contentType(ContentType.JSON)
                        .body(enrolment(patientId))
                        .post("/api/v1/patients")
                        .then()
                        .statusCode(202);
                written.add(patientId);
            }
            get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'projector-lag' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'projector-lag' }.data.projector", greaterThan(MAX_LAG));
            get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            projector.start("isoledger-projector");
        }

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> get("/q/health/ready").then().statusCode(200));
        for (String patientId : written) {
            get("/api/v1/patients/" + patientId).then().statusCode(200);
        }
    }
}
