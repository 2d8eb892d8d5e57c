package io.isoledger.api;

import static io.isoledger.api.Fixtures.bloodTest;
import static io.isoledger.api.Fixtures.enrol;
import static io.isoledger.api.Fixtures.enrolment;
import static io.isoledger.api.Fixtures.newPatientId;
import static io.isoledger.api.Fixtures.post;
import static io.isoledger.api.Fixtures.prescription;
import static io.isoledger.api.Fixtures.recently;
import static io.isoledger.api.Fixtures.sideEffect;
import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The first commands of the clinic's day, over real HTTP, a real broker and PostgreSQL. */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class WritePathTest extends AuthenticatedApiTest {

    @Test
    void enrollPatient_answers201WithLocation_andTheSummaryIsReadableAtOnce() {
        String patientId = newPatientId();
        post("/api/v1/patients", enrolment(patientId))
                .statusCode(201)
                .header("Location", endsWith("/api/v1/patients/" + patientId))
                .body("patientId", equalTo(patientId))
                .body("version", equalTo(1))
                .body("position", equalTo(patientId + "@1"));

        get("/api/v1/patients/" + patientId)
                .then()
                .statusCode(200)
                .body("patientId", equalTo(patientId))
                .body("sex", equalTo("FEMALE"))
                .body("birthDate", equalTo("2001-04-02"))
                .body("weightKg", equalTo(58.5f))
                .body("canBecomePregnant", equalTo(true))
                .body("version", equalTo(1));
    }

    @Test
    void enrollPatient_isRejectedWith409_whenTheIdIsTaken() {
        String patientId = enrol();
        post("/api/v1/patients", enrolment(patientId))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));
    }

    @Test
    void issuePrescription_afterABloodTest_isReadableInTheList() {
        String patientId = enrol();
        Fixtures.preventPregnancy(patientId);
        post("/api/v1/patients/" + patientId + "/blood-tests", bloodTest(recently()))
                .statusCode(201);
        post("/api/v1/patients/" + patientId + "/prescriptions", prescription("RX-9", 20, 90))
                .statusCode(201)
                .header("Location", endsWith("/prescriptions/RX-9"))
                .body("version", equalTo(5))
                .body("events[0].type", equalTo("PrescriptionIssued"));

        get("/api/v1/patients/" + patientId + "/prescriptions")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].prescriptionId", equalTo("RX-9"))
                .body("[0].dailyDoseMg", equalTo(20))
                .body("[0].totalMg", equalTo(1800));
        get("/api/v1/patients/" + patientId)
                .then()
                .body("prescriptionCount", equalTo(1))
                .body("cumulativeDoseMg", equalTo(1800));
    }

    @Test
    void issuePrescription_isRejectedWith409_whenThePrescriptionIdWasUsed() {
        String patientId = enrol();
        Fixtures.preventPregnancy(patientId);
        post("/api/v1/patients/" + patientId + "/blood-tests", bloodTest(recently()))
                .statusCode(201);
        post("/api/v1/patients/" + patientId + "/prescriptions", prescription("RX-1", 20, 30))
                .statusCode(201);
        post("/api/v1/patients/" + patientId + "/prescriptions", prescription("RX-1", 20, 30))
                .statusCode(409);
    }

    @Test
    void issuePrescription_isRejectedWithR2_withoutABloodTest_andAppendsNothing() {
        String patientId = enrol();
        Fixtures.preventPregnancy(patientId);
        post("/api/v1/patients/" + patientId + "/prescriptions", prescription("RX-1", 20, 30))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.rule", contains("R2"));

        get("/api/v1/patients/" + patientId + "/events").then().body("", hasSize(3));
    }

    @Test
    void issuePrescription_listsEveryBrokenRule() {
        String patientId = enrol();
        post("/api/v1/patients/" + patientId + "/prescriptions", prescription("RX-1", 15, 91))
                .statusCode(422)
                .body("violations.rule", containsInAnyOrder("R1", "R2", "R4", "R5", "R7"));
    }

    @Test
    void writesToAnUnknownPatient_areRejectedWith404() {
        String patientId = newPatientId();
        post("/api/v1/patients/" + patientId + "/blood-tests", bloodTest(recently()))
                .statusCode(404)
                .contentType("application/problem+json");
        post("/api/v1/patients/" + patientId + "/side-effects", sideEffect()).statusCode(404);
        get("/api/v1/patients/" + patientId).then().statusCode(404).contentType("application/problem+json");
        get("/api/v1/patients/" + patientId + "/events").then().statusCode(404);
    }

    @Test
    void reportSideEffect_andRecordBloodTest_areListed_andTheEventsRunWithoutGap() {
        String patientId = enrol();
        post("/api/v1/patients/" + patientId + "/blood-tests", bloodTest(recently()))
                .statusCode(201);
        post("/api/v1/patients/" + patientId + "/side-effects", sideEffect()).statusCode(201);

        get("/api/v1/patients/" + patientId + "/blood-tests")
                .then()
                .statusCode(200)
                .body("[0].results.analyte", contains("ALT", "TRIGLYCERIDES"))
                .body("[0].results[0].value", equalTo(21))
                .body("[0].results[0].upperLimitOfNormal", equalTo(40));
        get("/api/v1/patients/" + patientId + "/side-effects")
                .then()
                .statusCode(200)
                .body("[0].term", equalTo("DRY_LIPS"))
                .body("[0].notes", equalTo("cracked"));
        get("/api/v1/patients/" + patientId + "/events")
                .then()
                .statusCode(200)
                .body("sequence", contains(1, 2, 3))
                .body("type", contains("PatientEnrolled", "BloodTestRecorded", "SideEffectReported"))
                .body("[2].data.term", equalTo("DRY_LIPS"));
    }
}
