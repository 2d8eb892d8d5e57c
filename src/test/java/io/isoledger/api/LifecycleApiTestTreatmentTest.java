package io.isoledger.api;

import static io.isoledger.api.Fixtures.bloodTest;
import static io.isoledger.api.Fixtures.eligibility;
import static io.isoledger.api.Fixtures.enrol;
import static io.isoledger.api.Fixtures.newPatientId;
import static io.isoledger.api.Fixtures.patientPath;
import static io.isoledger.api.Fixtures.post;
import static io.isoledger.api.Fixtures.recently;
import static io.isoledger.api.Fixtures.today;
import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Concomitant medications (R6), weight (R7), procedures (R12), the treatment's end and eligibility over HTTP. */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class LifecycleApiTestTreatmentTest extends AuthenticatedApiTest {

    @Test
    void anActiveTetracycline_isListedAsR6_untilALaterRecordStopsIt() {
        String patientId = enrol();
        post(patientPath(patientId) + "/medications", medication(recently().minusDays(30), null))
                .statusCode(201)
                .body("events.type", contains("ConcomitantMedicationRecorded"));
        eligibility(patientId).statusCode(200).body("violations.rule", hasItem("R6"));

        post(patientPath(patientId) + "/medications", medication(recently().minusDays(30), recently()))
                .statusCode(201);
        eligibility(patientId).statusCode(200).body("violations.rule", not(hasItem("R6")));
    }

    @Test
    void aMedicationStoppedBeforeItStarted_isA400_andRecordsNothing() {
        String patientId = enrol();
        post(
                        patientPath(patientId) + "/medications",
                        medication(recently(), recently().minusDays(1)))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("stoppedOn"));
        get(patientPath(patientId) + "/events").then().body("type", contains("PatientEnrolled"));
    }

    @Test
    void aNewWeight_isReadable_andAllowsADoseThatTheOldOneDidNot() {
        String patientId = enrol(); // 58.5 kg: at most 58.5 mg/day under R7
        Fixtures.preventPregnancy(patientId);
        post(patientPath(patientId) + "/blood-tests", bloodTest(recently())).statusCode(201);
        post(patientPath(patientId) + "/prescriptions", sixtyMgPerDay("RX-1"))
                .statusCode(422)
                .body("violations.rule", contains("R7"));

        post(patientPath(patientId) + "/weight", Map.of("weightKg", 60.2, "measuredOn", today().toString()))
                .statusCode(201)
                .body("events.type", contains("WeightRecorded"));
        get(patientPath(patientId)).then().statusCode(200).body("weightKg", equalTo(60.2f));

        post(patientPath(patientId) + "/prescriptions", sixtyMgPerDay("RX-2"))
                .statusCode(201)
                .body("events[0].data.dailyDoseMg", equalTo(60));
    }

    @Test
    void aProcedureOfANeverTreatedPatient_isNoConflict_andIsListed_andItsIdIsUnique() {
        String patientId = enrol();
        Map<String, Object> laser = Map.of(
                "procedureId",
                "PR-1",
                "kind",
                "LASER",
                "scheduledOn",
                today().plusDays(10).toString());
        post(patientPath(patientId) + "/procedures", laser)
                .statusCode(201)
                .body("conflict", equalTo(false))
                .body("conflicts", empty());
        post(patientPath(patientId) + "/procedures", laser).statusCode(409).contentType("application/problem+json");

        get(patientPath(patientId) + "/procedures")
                .then()
                .statusCode(200)
                .body("procedureId", contains("PR-1"))
                .body("[0].kind", equalTo("LASER"))
                .body("[0].conflict", equalTo(false));
    }

    @Test
    void endingTreatmentWithNoCourseInProgress_isA409Problem() {
        String patientId = enrol();
        post(patientPath(patientId) + "/treatment-end", Map.of("endedOn", today().toString(), "reason", "COMPLETED"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("type", equalTo("urn:isoledger:problem:invalid-state"));
        get(patientPath(patientId)).then().body("status", equalTo("ENROLLED"));
    }

    @Test
    void eligibility_ofAnUnknownPatient_isA404() {
        eligibility(newPatientId()).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void eligibility_onAMalformedDate_isA400() {
        String patientId = enrol();
        given().queryParam("on", "2026-13-45")
                .get(patientPath(patientId) + "/prescription-eligibility")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("size", "abc").get("/api/v1/patients").then().statusCode(400);
    }

    @Test
    void eligibility_withoutADate_isForTheClinicsToday() {
        String patientId = enrol();
        LocalDate before = today();
        eligibility(patientId)
                .statusCode(200)
                .body("patientId", equalTo(patientId))
                .body("on", oneOf(before.toString(), today().toString()))
                .body("eligible", equalTo(false))
                .body("notChecked", contains("R1", "R7", "R16", "R17"));
    }

    private static Map<String, Object> medication(LocalDate startedOn, LocalDate stoppedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "minocycline");
        body.put("drugClass", "TETRACYCLINE");
        body.put("startedOn", startedOn.toString());
        if (stoppedOn != null) {
            body.put("stoppedOn", stoppedOn.toString());
        }
        return body;
    }

    /** 3 capsules of 20 mg: 60 mg/day, more than 1 mg/kg of 58.5 kg, within 1 mg/kg of 60.2 kg. */
    private static Map<String, Object> sixtyMgPerDay(String prescriptionId) {
        return Map.of(
                "prescriptionId",
                prescriptionId,
                "strengthMg",
                20,
                "capsulesPerDay",
                3,
                "daysSupply",
                30,
                "startsOn",
                today().toString(),
                "prescriberId",
                "DR-7");
    }
}
