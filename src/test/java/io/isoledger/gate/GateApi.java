package io.isoledger.gate;

import static io.restassured.RestAssured.given;

import io.isoledger.api.Fixtures;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Calls and bodies of the gate's API tests; every test makes its own patient. */
final class GateApi {

    static final ZoneId CLINIC_ZONE = ZoneId.of("Asia/Tokyo");

    private GateApi() {}

    /** The clinic's today, as the service's clock sees it when it has not been moved. */
    static LocalDate today() {
        return LocalDate.now(CLINIC_ZONE);
    }

    static String day(int fromToday) {
        return today().plusDays(fromToday).toString();
    }

    static String path(String patientId) {
        return "/api/v1/patients/" + patientId;
    }

    static ValidatableResponse post(String path, Object body) {
        return Fixtures.post(path, body);
    }

    static ValidatableResponse get(String path) {
        return given().when().get(path).then().log().ifValidationFails();
    }

    /** A woman of 58.5 kg who can become pregnant, enrolled today. */
    static String enrol() {
        return enrol(58.5);
    }

    static String enrol(double weightKg) {
        String patientId = Fixtures.newPatientId();
        Map<String, Object> body = new HashMap<>(Fixtures.enrolment(patientId));
        body.put("weightKg", weightKg);
        post("/api/v1/patients", body).statusCode(201);
        return patientId;
    }

    /** Enrolled, with everything R2, R4 and R5 ask under every profile: a prescription may be issued today. */
    static String eligible() {
        String patientId = enrol();
        post(path(patientId) + "/contraception", Map.of("methods", List.of("IUD", "CONDOM"), "startedOn", day(-40)))
                .statusCode(201);
        post(path(patientId) + "/pregnancy-tests", pregnancyTest(-2, "NEGATIVE"))
                .statusCode(201);
        post(path(patientId) + "/blood-tests", panel(-2, lab("ALT", 21, "U/L", 40), lab("TRIGLYCERIDES", 130, "mg/dL")))
                .statusCode(201);
        return patientId;
    }

    static Map<String, Object> pregnancyTest(int daysFromToday, String result) {
        return Map.of("sampledOn", day(daysFromToday), "result", result, "method", "URINE");
    }

    static Map<String, Object> lab(String analyte, Number value, String unit) {
        return Map.of("analyte", analyte, "value", value, "unit", unit);
    }

    static Map<String, Object> lab(String analyte, Number value, String unit, Number upperLimitOfNormal) {
        return Map.of("analyte", analyte, "value", value, "unit", unit, "upperLimitOfNormal", upperLimitOfNormal);
    }

    @SafeVarargs
    static Map<String, Object> panel(int sampledDaysFromToday, Map<String, Object>... results) {
        return Map.of("sampledOn", day(sampledDaysFromToday), "fasting", true, "results", Arrays.asList(results));
    }

    /** 20 mg capsules, once a day unless said otherwise, starting on the given day. */
    static Map<String, Object> rx(String prescriptionId, int capsulesPerDay, int daysSupply, int startsFromToday) {
        return Map.of(
                "prescriptionId",
                prescriptionId,
                "strengthMg",
                20,
                "capsulesPerDay",
                capsulesPerDay,
                "daysSupply",
                daysSupply,
                "startsOn",
                day(startsFromToday),
                "prescriberId",
                "DR-7");
    }
}
