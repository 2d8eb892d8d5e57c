package io.isoledger.api;

import static io.isoledger.api.Fixtures.enrol;
import static io.isoledger.api.Fixtures.enrolment;
import static io.isoledger.api.Fixtures.newPatientId;
import static io.isoledger.api.Fixtures.sideEffect;
import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every POST accepts an Idempotency-Key: a retry returns the first answer and appends nothing. */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class IdempotencyTest extends AuthenticatedApiTest {

    private static ValidatableResponse post(String path, String key, Object body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post(path)
                .then()
                .log()
                .ifValidationFails();
    }

    @Test
    void aRetryWithTheSameKeyAndBody_returnsTheFirstAnswer_andAppendsNothing() {
        String patientId = enrol();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/patients/" + patientId + "/side-effects";
        int version = post(path, key, sideEffect()).statusCode(201).extract().path("version");

        post(path, key, sideEffect())
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("version", equalTo(version));

        get(path).then().body("", hasSize(1));
        get("/api/v1/patients/" + patientId + "/events").then().body("", hasSize(2));
    }

    @Test
    void theSameKeyWithAnotherBody_isRefusedWith422_andAppendsNothing() {
        String patientId = enrol();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/patients/" + patientId + "/side-effects";
        post(path, key, sideEffect()).statusCode(201);
        Map<String, Object> other = new HashMap<>(sideEffect());
        other.put("grade", 2);

        post(path, key, other)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:isoledger:problem:idempotency-key-reused"));

        get(path).then().body("", hasSize(1));
    }

    @Test
    void aRejectedCommand_isRejectedAgainOnRetry_evenIfItWouldNowPass() {
        String patientId = newPatientId();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/patients/" + patientId + "/side-effects";
        post(path, key, sideEffect()).statusCode(404);
        given().contentType(ContentType.JSON)
                .body(enrolment(patientId))
                .post("/api/v1/patients")
                .then()
                .statusCode(201);

        post(path, key, sideEffect()).statusCode(404).header("Idempotent-Replayed", equalTo(null));
        get(path).then().body("", hasSize(0));
    }

    @Test
    void anEnrolmentRetried_isOneEnrolment() {
        String patientId = newPatientId();
        String key = UUID.randomUUID().toString();
        post("/api/v1/patients", key, enrolment(patientId)).statusCode(201);
        post("/api/v1/patients", key, enrolment(patientId)).statusCode(201).header("Idempotent-Replayed", "true");
        get("/api/v1/patients/" + patientId + "/events").then().body("", hasSize(1));
    }

    @Test
    void aMalformedKey_isA400() {
        post("/api/v1/patients", "a key with spaces", enrolment(newPatientId()))
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
