package io.isoledger.api;

import static io.isoledger.api.Fixtures.enrol;
import static io.isoledger.api.Fixtures.patientPath;
import static io.isoledger.api.Fixtures.post;
import static io.isoledger.api.Fixtures.recently;
import static io.isoledger.api.Fixtures.sideEffect;
import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Side-effect reports (R10, R11) and the clinician's worklist over HTTP. */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class LifecycleApiTestWorklistTest extends AuthenticatedApiTest {

    @Test
    void dryLips_isNotAnExpectedFlare_andRaisesNoAlert() {
        String patientId = enrol();
        post(patientPath(patientId) + "/side-effects", sideEffect())
                .statusCode(201)
                .body("events.type", contains("SideEffectReported"));
        get(patientPath(patientId) + "/side-effects")
                .then()
                .statusCode(200)
                .body("term", contains("DRY_LIPS"))
                .body("[0].expected", equalTo(false));
        get(patientPath(patientId) + "/alerts").then().body("size()", equalTo(0));
    }

    @Test
    void suicidalIdeation_raisesABlockingR10Alert_andPutsThePatientOnTheWorklist() {
        String patientId = enrol();
        String alertId = post(patientPath(patientId) + "/side-effects", suicidalIdeation())
                .statusCode(201)
                .body("events.type", contains("SideEffectReported", "SafetyAlertRaised"))
                .extract()
                .path("events[1].data.alertId");

        get(patientPath(patientId) + "/side-effects").then().body("[0].expected", equalTo(false));
        get(patientPath(patientId) + "/alerts")
                .then()
                .statusCode(200)
                .body("alertId", contains(alertId))
                .body("[0].rule", equalTo("R10"))
                .body("[0].blocking", equalTo(true))
                .body("[0].status", equalTo("OPEN"));
        get("/api/v1/patients?attention=true")
                .then()
                .statusCode(200)
                .body("patientId", hasItem(patientId))
                .body(entryOf(patientId) + ".reasons.code", hasItem("OPEN_ALERTS"));
    }

    @Test
    void aFreshlyEnrolledPatient_isNotOnTheWorklist() {
        String patientId = enrol();
        get("/api/v1/patients?attention=true").then().statusCode(200).body("patientId", not(hasItem(patientId)));
    }

    @Test
    void aPageOfSizeZero_isA400() {
        given().queryParam("size", 0)
                .get("/api/v1/patients")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
    }

    private static Map<String, Object> suicidalIdeation() {
        return Map.of(
                "term", "SUICIDAL_IDEATION", "grade", 2, "onsetOn", recently().toString(), "reportedBy", "PRESCRIBER");
    }

    /** The worklist entry of one patient, as a GPath expression. */
    private static String entryOf(String patientId) {
        return "find { it.patientId == '" + patientId + "' }";
    }
}
