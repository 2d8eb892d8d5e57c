package io.isoledger.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.isoledger.api.Fixtures;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A value outside an enumeration is a 400 problem that names the values the field takes. */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class EnumProblemTest extends AuthenticatedApiTest {

    @Test
    void anUnknownReporter_isA400NamingTheAcceptedValues() {
        String patientId = enrolled();
        post(
                        patientId + "/side-effects",
                        Map.of("term", "DRY_LIPS", "grade", 1, "onsetOn", day(-1), "reportedBy", "CLINICIAN"))
                .body("errors.field", contains("reportedBy"))
                .body("errors[0].message", equalTo("must be one of PATIENT, PRESCRIBER, NURSE, PHARMACIST, OTHER"))
                .body(
                        "detail",
                        equalTo("Field reportedBy must be one of PATIENT, PRESCRIBER, NURSE, PHARMACIST, OTHER."));
    }

    @Test
    void anUnknownItemOfAnEnumArray_isNamedByItsIndex_withTheAcceptedValues() {
        String patientId = enrolled();
        post(patientId + "/contraception", Map.of("methods", List.of("IUD", "PILL"), "startedOn", day(-40)))
                .body("errors.field", contains("methods[1]"))
                .body(
                        "errors[0].message",
                        equalTo("must be one of IUD, IMPLANT, ORAL_CONTRACEPTIVE, INJECTION, PATCH,"
                                + " VAGINAL_RING, CONDOM, DIAPHRAGM, STERILIZATION, ABSTINENCE, OTHER"));
    }

    @Test
    void aReasonOnlyTheServiceRecords_isNotAmongTheAcceptedValues() {
        String patientId = enrolled();
        post(patientId + "/treatment-end", Map.of("endedOn", day(0), "reason", "LAPSED"))
                .body("errors.field", contains("reason"))
                .body(
                        "errors[0].message",
                        equalTo("must be one of COMPLETED, DISCONTINUED_SIDE_EFFECTS, DISCONTINUED_PATIENT_CHOICE,"
                                + " DISCONTINUED_PREGNANCY, OTHER"));
    }

    @Test
    void aWrongTypeForAnEnum_stillNamesTheAcceptedValues_andAWrongTypeElsewhereItsType() {
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.enrolment(Fixtures.newPatientId()));
        body.put("sex", 7);
        post("", body)
                .body("errors.field", contains("sex"))
                .body("errors[0].message", equalTo("must be one of FEMALE, MALE, OTHER, UNKNOWN"));
        body.put("sex", "FEMALE");
        body.put("weightKg", "heavy");
        post("", body).body("errors[0].message", equalTo("has the wrong type or format"));
    }

    private static String day(int fromToday) {
        return LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(fromToday).toString();
    }

    private static String enrolled() {
        String patientId = Fixtures.newPatientId();
        Fixtures.post("/api/v1/patients", Fixtures.enrolment(patientId)).statusCode(201);
        return patientId;
    }

    /** A POST under /api/v1/patients that must be refused with a 400 problem. */
    private static io.restassured.response.ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/patients" + (path.isEmpty() ? "" : "/" + path))
                .then()
                .log()
                .ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
