package io.isoledger.faults;

import static io.isoledger.api.Fixtures.enrolment;
import static io.isoledger.api.Fixtures.newPatientId;
import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.isoledger.projection.DeadLetters;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The read models' database goes away while the event log stays: the service says so (readiness
 * down, reads 503), records what it is asked to (the log is the source of truth), parks nothing,
 * and once the database is back projects what was written meanwhile, by itself.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class DatabaseOutageTest extends AuthenticatedApiTest {

    @Inject
    DeadLetters deadLetters;

    @AfterEach
    void giveTheDatabaseBack() {
        if (IsoLedgerTestEnvironment.usesEmbeddedPostgres()) {
            IsoLedgerTestEnvironment.restoreDatabase();
        }
    }

    @Test
    void whileTheDatabaseIsAway_writesAreRecorded_nothingIsParked_andTheReadModelCatchesUpAfter() {
        Assumptions.assumeTrue(IsoLedgerTestEnvironment.usesEmbeddedPostgres(), "needs a database to take away");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> get("/q/health/ready").then().statusCode(200));
        String before = newPatientId();
        given().contentType(ContentType.JSON)
                .body(enrolment(before))
                .post("/api/v1/patients")
                .then()
                .statusCode(201);
        long parkedBefore = deadLetters.unacknowledged();

        IsoLedgerTestEnvironment.cutDatabase();

        String during = newPatientId();
        Response write =
                given().contentType(ContentType.JSON).body(enrolment(during)).post("/api/v1/patients");
        // Decided and committed to the log, but not projected: accepted, to be read later.
        assertThat(write.statusCode()).as(write.asString()).isEqualTo(202);
        Response read = get("/api/v1/patients/" + before);
        assertThat(read.statusCode()).as(read.asString()).isEqualTo(503);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.header("Retry-After")).isNotBlank();
        get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        get("/q/health/live").then().statusCode(200);
        // Long enough for the projector to have tried the event alone, more than once: nothing parked.
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> deadLetters.unacknowledged() == parkedBefore);

        IsoLedgerTestEnvironment.restoreDatabase();

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> get("/api/v1/patients/" + during).then().statusCode(200));
        get("/api/v1/patients/" + during + "/events").then().statusCode(200).body("size()", equalTo(1));
        assertThat(deadLetters.unacknowledged()).isEqualTo(parkedBefore);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> get("/q/health/ready").then().statusCode(200));
    }
}
