package io.isoledger.fhir;

import io.isoledger.api.Fixtures;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A course with every kind of fact the export carries, driven over HTTP as the clinic would. */
record FhirCourse(String patientId) {

    static final ZoneId CLINIC = ZoneId.of("Asia/Tokyo");

    static FhirCourse drive() {
        FhirCourse c = new FhirCourse(enrol());
        c.post("/contraception", Map.of("methods", List.of("IUD", "CONDOM"), "startedOn", day(-40)));
        c.post("/pregnancy-tests", Map.of("sampledOn", day(-2), "result", "NEGATIVE", "method", "URINE"));
        c.post(
                "/blood-tests",
                panel(
                        -2,
                        lab("ALT", 21, "U/L", 40),
                        lab("AST", 0.5, "ukat/L", 0.67),
                        lab("TRIGLYCERIDES", 1.5, "mmol/L"),
                        lab("HCG", 2, "IU/L")));
        c.post(
                "/prescriptions",
                Map.of(
                        "prescriptionId",
                        "RX-1",
                        "strengthMg",
                        20,
                        "capsulesPerDay",
                        2,
                        "daysSupply",
                        30,
                        "startsOn",
                        day(0),
                        "prescriberId",
                        "DR-7"));
        c.post("/prescriptions/RX-1/dispensing", Map.of("dispensedOn", day(0), "pharmacyId", "PH-12", "quantity", 60));
        c.post("/side-effects", sideEffect("DRY_LIPS", 1, "PATIENT", "cracked"));
        String alertId = c.post("/side-effects", sideEffect("DEPRESSION", 2, "NURSE", "low mood"))
                .extract()
                .path("events[1].data.alertId");
        c.post("/alerts/" + alertId + "/resolution", Map.of("resolvedBy", "DR-7", "note", "Mood stable; continue."));
        c.post("/side-effects", sideEffect("MUSCLE_PAIN", 3, "PRESCRIBER", "cannot climb stairs"));
        c.post(
                "/blood-tests",
                panel(
                        0,
                        lab("ALT", 1.5, "ukat/L", 0.67),
                        lab("TRIGLYCERIDES", 250, "mg/dL"),
                        lab("HCG", 40, "mIU/mL")));
        c.post("/pregnancy-tests", Map.of("sampledOn", day(0), "result", "POSITIVE", "method", "SERUM"));
        c.post("/procedures", Map.of("procedureId", "PR-1", "kind", "LASER", "scheduledOn", day(100)));
        return c;
    }

    void end() {
        post("/treatment-end", Map.of("endedOn", day(0), "reason", "DISCONTINUED_PREGNANCY"));
    }

    private ValidatableResponse post(String path, Object body) {
        return Fixtures.post("/api/v1/patients/" + patientId + path, body).statusCode(201);
    }

    static String day(int fromToday) {
        return LocalDate.now(CLINIC).plusDays(fromToday).toString();
    }

    private static Map<String, Object> sideEffect(String term, int grade, String reportedBy, String notes) {
        return Map.of("term", term, "grade", grade, "onsetOn", day(0), "reportedBy", reportedBy, "notes", notes);
    }

    private static Map<String, Object> lab(String analyte, Number value, String unit) {
        return Map.of("analyte", analyte, "value", value, "unit", unit);
    }

    private static Map<String, Object> lab(String analyte, Number value, String unit, Number limit) {
        return Map.of("analyte", analyte, "value", value, "unit", unit, "upperLimitOfNormal", limit);
    }

    @SafeVarargs
    private static Map<String, Object> panel(int sampledFromToday, Map<String, Object>... results) {
        return Map.of("sampledOn", day(sampledFromToday), "fasting", true, "results", List.of(results));
    }

    static String enrol() {
        String patientId = Fixtures.newPatientId();
        Fixtures.post("/api/v1/patients", Fixtures.enrolment(patientId)).statusCode(201);
        return patientId;
    }
}
