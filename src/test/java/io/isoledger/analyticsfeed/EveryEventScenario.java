package io.isoledger.analyticsfeed;

import static io.restassured.RestAssured.given;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.MovableClock;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.restassured.config.HeaderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One patient's course through the API that writes every event type, each identifying value
 * distinctive enough to be searched for: the ids, names, notes and the birth date. Called from a
 * test that authenticates as the clinic ({@link AuthenticatedApiTest}).
 */
public final class EveryEventScenario {

    public static final String BIRTH_DATE = "1987-02-28";
    private static final ZoneId CLINIC = ZoneId.of("Asia/Tokyo");

    public final String patientId = "P-ZEBRA-" + UUID.randomUUID().toString().substring(0, 8);
    public final String prescriptionId =
            "RX-QUAGGA-" + UUID.randomUUID().toString().substring(0, 6);
    public final String prescriberId =
            "DR-OKAPI-" + UUID.randomUUID().toString().substring(0, 6);
    public final String procedureId =
            "PR-NARWHAL-" + UUID.randomUUID().toString().substring(0, 6);
    public final String drugName =
            "Axolotlmycin " + UUID.randomUUID().toString().substring(0, 4);
    public final String nurse = "nurse-pangolin-" + UUID.randomUUID().toString().substring(0, 6);
    public final String pharmacyId = "PH-MARMOT-" + UUID.randomUUID().toString().substring(0, 6);
    public final String correlationId = "corr-tapir-" + UUID.randomUUID();
    public final String sideEffectNote = "Lives on Wombat Street " + UUID.randomUUID();
    public final String resolutionNote = "Called her mother Ocelot " + UUID.randomUUID();
    public final String failureNote = "Forgot pills at Lynx Hotel " + UUID.randomUUID();

    /** Every value of the patient's events that could name someone. */
    public List<String> identifyingValues() {
        return List.of(
                patientId,
                BIRTH_DATE,
                prescriptionId,
                prescriberId,
                pharmacyId,
                procedureId,
                drugName,
                nurse,
                correlationId,
                sideEffectNote,
                resolutionNote,
                failureNote,
                AuthenticatedApiTest.CLINIC_SYSTEM,
                "patient-" + patientId);
    }

    /** Writes the course; returns once every write is answered. */
    public EveryEventScenario run() {
        post(
                        "",
                        Map.of(
                                "patientId",
                                patientId,
                                "sex",
                                "FEMALE",
                                "birthDate",
                                BIRTH_DATE,
                                "weightKg",
                                58.5,
                                "canBecomePregnant",
                                true))
                .statusCode(201);
        post("/contraception", Map.of("methods", List.of("IUD", "CONDOM"), "startedOn", day(-40)))
                .statusCode(201);
        post("/pregnancy-tests", Map.of("sampledOn", day(-2), "result", "NEGATIVE", "method", "URINE"))
                .statusCode(201);
        post(
                        "/blood-tests",
                        Map.of(
                                "sampledOn",
                                day(-2),
                                "fasting",
                                true,
                                "results",
                                List.of(
                                        Map.of("analyte", "ALT", "value", 21, "unit", "U/L", "upperLimitOfNormal", 40),
                                        Map.of("analyte", "TRIGLYCERIDES", "value", 1.5, "unit", "mmol/L"))))
                .statusCode(201);
        post("/weight", Map.of("weightKg", 80, "measuredOn", day(-365))).statusCode(201);
        post(
                        "/prescriptions",
                        Map.of(
                                "prescriptionId",
                                prescriptionId,
                                "strengthMg",
                                20,
                                "capsulesPerDay",
                                1,
                                "daysSupply",
                                30,
                                "startsOn",
                                day(0),
                                "prescriberId",
                                prescriberId))
                .statusCode(201);
        post(
                        "/prescriptions/" + prescriptionId + "/dispensing",
                        Map.of("dispensedOn", day(0), "pharmacyId", pharmacyId, "quantity", 30))
                .statusCode(201);
        String alertId = post(
                        "/side-effects",
                        Map.of(
                                "term",
                                "DEPRESSION",
                                "grade",
                                2,
                                "onsetOn",
                                day(0),
                                "reportedBy",
                                "PATIENT",
                                "notes",
                                sideEffectNote))
                .statusCode(201)
                .extract()
                .path("events[1].data.alertId");
        post("/alerts/" + alertId + "/resolution", Map.of("resolvedBy", prescriberId, "note", resolutionNote))
                .statusCode(201);
        // Reported by the patient herself: her token's subject becomes the event's ce_actor.
        request(Tokens.forPatient(patientId))
                .body(Map.of("term", "DRY_LIPS", "grade", 1, "onsetOn", day(0), "reportedBy", "PATIENT"))
                .post("/api/v1/patients/" + patientId + "/side-effects")
                .then()
                .statusCode(201);
        post("/medications", Map.of("name", drugName, "drugClass", "OTHER", "startedOn", day(-1)))
                .statusCode(201);
        post("/reproductive-status", Map.of("status", "NONE", "declaredOn", day(0)))
                .statusCode(201);
        post("/contraception/stops", Map.of("methods", List.of("CONDOM"), "stoppedOn", day(0)))
                .statusCode(201);
        post("/contraception-failures", Map.of("occurredOn", day(0), "kind", "MISSED_PILL", "notes", failureNote))
                .statusCode(201);
        request(Tokens.forRoles(nurse, Roles.NURSE))
                .body(Map.of("canBecomePregnant", false, "changedOn", day(0), "reason", "STERILIZATION"))
                .post("/api/v1/patients/" + patientId + "/reproductive-potential")
                .then()
                .statusCode(201);
        post("/procedures", Map.of("procedureId", procedureId, "kind", "LASER", "scheduledOn", day(100)))
                .statusCode(201);
        post("/weight", Map.of("weightKg", 59.25, "measuredOn", day(0))).statusCode(201);
        secondSupplyNeverHandedOver();
        return this;
    }

    /**
     * Forty days on, the alerts resolved (R8), a second supply is issued and never dispensed: a week
     * after its window closed, the end of treatment finds it expired (R22). The service's clock is
     * back to today afterwards.
     */
    private void secondSupplyNeverHandedOver() {
        List<String> open = given().get("/api/v1/patients/" + patientId + "/alerts")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { it.status == 'OPEN' }.alertId");
        for (String alertId : open) {
            post("/alerts/" + alertId + "/resolution", Map.of("resolvedBy", prescriberId, "note", resolutionNote))
                    .statusCode(201);
        }
        try {
            MovableClock.travel(Duration.ofDays(40));
            post(
                            "/blood-tests",
                            Map.of(
                                    "sampledOn", day(40),
                                    "fasting", true,
                                    "results",
                                            List.of(
                                                    Map.of(
                                                            "analyte",
                                                            "ALT",
                                                            "value",
                                                            21,
                                                            "unit",
                                                            "U/L",
                                                            "upperLimitOfNormal",
                                                            40),
                                                    Map.of(
                                                            "analyte",
                                                            "TRIGLYCERIDES",
                                                            "value",
                                                            1.5,
                                                            "unit",
                                                            "mmol/L"))))
                    .statusCode(201);
            post(
                            "/prescriptions",
                            Map.of(
                                    "prescriptionId",
                                    prescriptionId + "-2",
                                    "strengthMg",
                                    20,
                                    "capsulesPerDay",
                                    1,
                                    "daysSupply",
                                    30,
                                    "startsOn",
                                    day(40),
                                    "prescriberId",
                                    prescriberId))
                    .statusCode(201);
            MovableClock.travel(Duration.ofDays(8));
            post("/treatment-end", Map.of("endedOn", day(48), "reason", "COMPLETED"))
                    .statusCode(201);
        } finally {
            MovableClock.reset();
        }
    }

    /** Another patient, enrolled with one side effect, whose records must carry another pseudonym. */
    public static String anotherPatient() {
        String patientId = "P-ZEBRA-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "patientId",
                        patientId,
                        "sex",
                        "MALE",
                        "birthDate",
                        "1999-08-15",
                        "weightKg",
                        72,
                        "canBecomePregnant",
                        false))
                .post("/api/v1/patients")
                .then()
                .statusCode(201);
        return patientId;
    }

    /** A clinical date in the clinic's calendar, days from today. */
    public static String day(int fromToday) {
        return LocalDate.now(CLINIC).plusDays(fromToday).toString();
    }

    private ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON)
                .header("X-Correlation-Id", correlationId)
                .body(body)
                .post("/api/v1/patients" + (path.isEmpty() ? "" : "/" + patientId + path))
                .then()
                .log()
                .ifValidationFails();
    }

    /** With another token than the clinic's: it replaces the default Authorization header. */
    private RequestSpecification request(String token) {
        return given().config(RestAssuredConfig.config()
                        .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization")))
                .header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .header("X-Correlation-Id", correlationId);
    }
}
