package io.isoledger.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies and calls the API tests share; every test makes its own patient. */
public final class Fixtures {

    static final ZoneId CLINIC_ZONE = ZoneId.of("Asia/Tokyo");
    private static final int WORKLIST_PAGE = 500;

    private Fixtures() {}

    public static String newPatientId() {
        return "P-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /**
     * The whole clinician's worklist, page after page of 500, in its order: the database is shared with
     * every other test, so a patient may be on any page.
     */
    public static List<Map<String, Object>> wholeWorklist() {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> entriesOfPage = given().queryParam("attention", true)
                    .queryParam("page", page)
                    .queryParam("size", WORKLIST_PAGE)
                    .get("/api/v1/patients")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("$");
            entries.addAll(entriesOfPage);
            if (entriesOfPage.size() < WORKLIST_PAGE) {
                return entries;
            }
        }
    }

    /** The patients on the whole worklist, in its order. */
    public static List<String> worklistPatients() {
        return wholeWorklist().stream().map(e -> (String) e.get("patientId")).toList();
    }

    /** A few days back, so it is in the past in every time zone and inside R2's 30-day window. */
    static LocalDate recently() {
        return LocalDate.now(CLINIC_ZONE).minusDays(3);
    }

    public static Map<String, Object> enrolment(String patientId) {
        return Map.of(
                "patientId",
                patientId,
                "sex",
                "FEMALE",
                "birthDate",
                "2001-04-02",
                "weightKg",
                58.5,
                "canBecomePregnant",
                true);
    }

    static Map<String, Object> bloodTest(LocalDate sampledOn) {
        return Map.of(
                "sampledOn", sampledOn.toString(),
                "fasting", true,
                "results",
                        java.util.List.of(
                                Map.of("analyte", "ALT", "value", 21, "unit", "U/L", "upperLimitOfNormal", 40),
                                Map.of("analyte", "TRIGLYCERIDES", "value", 130, "unit", "mg/dL")));
    }

    public static Map<String, Object> prescription(String prescriptionId, int strengthMg, int daysSupply) {
        return Map.of(
                "prescriptionId",
                prescriptionId,
                "strengthMg",
                strengthMg,
                "capsulesPerDay",
                1,
                "daysSupply",
                daysSupply,
                "startsOn",
                LocalDate.now(CLINIC_ZONE).toString(),
                "prescriberId",
                "DR-7");
    }

    static Map<String, Object> sideEffect() {
        return Map.of(
                "term", "DRY_LIPS",
                "grade", 1,
                "onsetOn", recently().toString(),
                "reportedBy", "PATIENT",
                "notes", "cracked");
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then()
                .log()
                .ifValidationFails();
    }

    /**
     * What R4 and R5 ask before a first prescription under every profile: an IUD and condoms for 40
     * days (confirmed today), a negative test.
     */
    static void preventPregnancy(String patientId) {
        post(
                        "/api/v1/patients/" + patientId + "/contraception",
                        Map.of(
                                "methods",
                                java.util.List.of("IUD", "CONDOM"),
                                "startedOn",
                                recently().minusDays(40).toString()))
                .statusCode(201);
        post(
                        "/api/v1/patients/" + patientId + "/pregnancy-tests",
                        Map.of("sampledOn", recently().toString(), "result", "NEGATIVE", "method", "URINE"))
                .statusCode(201);
    }

    static String enrol() {
        String patientId = newPatientId();
        post("/api/v1/patients", enrolment(patientId)).statusCode(201);
        return patientId;
    }

    // Helpers of the lifecycle and policy-profile tests.

    /** The clinic's today, as the service's clock sees it when it has not been moved. */
    static LocalDate today() {
        return LocalDate.now(CLINIC_ZONE);
    }

    static String patientPath(String patientId) {
        return "/api/v1/patients/" + patientId;
    }

    /** Enrols a patient with the given body; the id is the body's. */
    static String enrol(Map<String, Object> enrolment) {
        post("/api/v1/patients", enrolment).statusCode(201);
        return (String) enrolment.get("patientId");
    }

    /** A man who cannot become pregnant: R4 never applies; R5 depends on the policy. */
    static Map<String, Object> maleEnrolment(String patientId) {
        return Map.of(
                "patientId",
                patientId,
                "sex",
                "MALE",
                "birthDate",
                "1999-08-15",
                "weightKg",
                72,
                "canBecomePregnant",
                false);
    }

    static ValidatableResponse eligibility(String patientId) {
        return given().when()
                .get(patientPath(patientId) + "/prescription-eligibility")
                .then()
                .log()
                .ifValidationFails();
    }
}
