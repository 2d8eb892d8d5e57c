package io.isoledger.api;

import static io.isoledger.api.Fixtures.enrol;
import static io.isoledger.api.Fixtures.enrolment;
import static io.isoledger.api.Fixtures.newPatientId;
import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Malformed or invalid requests get a 400 problem naming the field, and change nothing. */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class BadInputTest extends AuthenticatedApiTest {

    @Test
    void malformedJson_isA400Problem() {
        given().contentType(ContentType.JSON)
                .body("{\"patientId\": ")
                .post("/api/v1/patients")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void invalidPatientId_isA400NamingTheField_andEnrolsNobody() {
        Map<String, Object> body = new HashMap<>(enrolment("P/../1"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/patients")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("patientId"));
    }

    @Test
    void wrongType_isA400NamingTheField() {
        Map<String, Object> body = new HashMap<>(enrolment(newPatientId()));
        body.put("weightKg", "heavy");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/patients")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("weightKg"));
    }

    @Test
    void unknownEnumValue_isA400NamingTheField() {
        Map<String, Object> body = new HashMap<>(enrolment(newPatientId()));
        body.put("sex", "DRAGON");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/patients")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sex"));
    }

    @Test
    void unknownField_isA400NamingTheField() {
        Map<String, Object> body = new HashMap<>(enrolment(newPatientId()));
        body.put("isAdmin", true);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/patients")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("isAdmin"));
    }

    @Test
    void missingField_isA400NamingTheField() {
        Map<String, Object> body = new HashMap<>(enrolment(newPatientId()));
        body.remove("birthDate");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/patients")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("birthDate"));
    }

    @Test
    void invalidNestedResult_isA400NamingItsPath_andRecordsNothing() {
        String patientId = enrol();
        Map<String, Object> body = Map.of(
                "sampledOn", Fixtures.recently().toString(),
                "fasting", true,
                "results", java.util.List.of(Map.of("analyte", "ALT", "value", -1, "unit", "U/L")));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/patients/" + patientId + "/blood-tests")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("results[0].value"));
        get("/api/v1/patients/" + patientId + "/events").then().body("", hasSize(1));
    }

    @Test
    void emptyBody_isA400() {
        String patientId = enrol();
        given().contentType(ContentType.JSON)
                .post("/api/v1/patients/" + patientId + "/side-effects")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void invalidPathId_isA400() {
        get("/api/v1/patients/" + "x".repeat(65)).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void undeclaredMethodOnAPatientSubResource_isA405ProblemWithAllow() {
        String patientId = enrol();
        given().delete("/api/v1/patients/" + patientId + "/blood-tests")
                .then()
                .statusCode(405)
                .header("Allow", "GET, POST")
                .contentType("application/problem+json")
                .body("status", equalTo(405));
        given().put("/api/v1/patients/" + patientId + "/events")
                .then()
                .statusCode(405)
                .header("Allow", "GET");
    }

    @Test
    void unknownPathUnderAPatient_staysA404() {
        get("/api/v1/patients/" + enrol() + "/no-such-thing").then().statusCode(404);
    }
}
