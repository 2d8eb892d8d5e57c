package io.isoledger.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Calls the analytics tests share. The topic and database are shared with every other test, so a
 * test counts onset dates of years no other test uses and checks how the counts of its range grow.
 */
final class AnalyticsFixtures {

    static final String REPORT = "/api/v1/analytics/side-effects";
    static final int RANGE_DAYS = 7;

    private static final ZoneId CLINIC_ZONE = ZoneId.of("Asia/Tokyo");
    // The analytics projector runs apart from the writes: a write never waits for it.
    private static final Duration PROJECTED = Duration.ofSeconds(30);

    private AnalyticsFixtures() {}

    static LocalDate randomDay(int firstYear, int lastYear) {
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        long days = LocalDate.of(lastYear, 12, 31).toEpochDay() - first.toEpochDay() - RANGE_DAYS;
        return first.plusDays(ThreadLocalRandom.current().nextLong(1, days));
    }

    static void awaitCounts(LocalDate from, LocalDate to, Map<String, Integer> expected) {
        await().atMost(PROJECTED)
                .untilAsserted(() -> assertThat(counts(from, to)).isEqualTo(expected));
    }

    /** The report for the range, flattened to one count per group, e.g. {@code term:DRY_LIPS -> 3}. */
    static Map<String, Integer> counts(LocalDate from, LocalDate to) {
        var report = given().queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .get(REPORT)
                .then()
                .statusCode(200)
                .body("from", equalTo(from.toString()))
                .body("to", equalTo(to.toString()))
                .extract()
                .jsonPath();
        Map<String, Integer> counts = new HashMap<>();
        counts.put("total", report.getInt("total"));
        report.<Map<String, Object>>getList("byTerm").forEach(r -> counts.put("term:" + r.get("term"), count(r)));
        report.<Map<String, Object>>getList("byGrade").forEach(r -> counts.put("grade:" + r.get("grade"), count(r)));
        report.<Map<String, Object>>getList("byTermAndGrade")
                .forEach(r -> counts.put("termAndGrade:" + r.get("term") + "/" + r.get("grade"), count(r)));
        report.<Map<String, Object>>getList("byDailyDoseBand")
                .forEach(r -> counts.put("band:" + r.get("band"), count(r)));
        return counts;
    }

    static void add(Map<String, Integer> counts, String key, int more) {
        counts.merge(key, more, Integer::sum);
    }

    static String enrol(String sex, int weightKg, boolean canBecomePregnant) {
        String patientId = "P-" + UUID.randomUUID().toString().substring(0, 13);
        post(
                        "/api/v1/patients",
                        Map.of(
                                "patientId",
                                patientId,
                                "sex",
                                sex,
                                "birthDate",
                                "1998-06-15",
                                "weightKg",
                                weightKg,
                                "canBecomePregnant",
                                canBecomePregnant))
                .statusCode(201);
        return patientId;
    }

    static void report(String patientId, String term, int grade, LocalDate onsetOn) {
        post(
                        "/api/v1/patients/" + patientId + "/side-effects",
                        Map.of("term", term, "grade", grade, "onsetOn", onsetOn.toString(), "reportedBy", "PATIENT"))
                .statusCode(201);
    }

    /** What jp-clinic asks before a first prescription (R2, R4, R5), then the prescription (R7: ≤ 1 mg/kg). */
    static void prescribe(String patientId, int strengthMg, int capsulesPerDay, boolean canBecomePregnant) {
        LocalDate today = LocalDate.now(CLINIC_ZONE);
        String patient = "/api/v1/patients/" + patientId;
        post(
                        patient + "/contraception",
                        Map.of(
                                "methods",
                                List.of("IUD"),
                                "startedOn",
                                today.minusDays(40).toString()))
                .statusCode(201);
        if (canBecomePregnant) {
            post(
                            patient + "/pregnancy-tests",
                            Map.of("sampledOn", today.minusDays(3).toString(), "result", "NEGATIVE", "method", "URINE"))
                    .statusCode(201);
        }
        post(
                        patient + "/blood-tests",
                        Map.of(
                                "sampledOn",
                                today.minusDays(3).toString(),
                                "fasting",
                                true,
                                "results",
                                List.of(
                                        Map.of("analyte", "ALT", "value", 21, "unit", "U/L", "upperLimitOfNormal", 40),
                                        Map.of("analyte", "TRIGLYCERIDES", "value", 130, "unit", "mg/dL"))))
                .statusCode(201);
        post(
                        patient + "/prescriptions",
                        Map.of(
                                "prescriptionId",
                                "RX-1",
                                "strengthMg",
                                strengthMg,
                                "capsulesPerDay",
                                capsulesPerDay,
                                "daysSupply",
                                30,
                                "startsOn",
                                today.toString(),
                                "prescriberId",
                                "DR-7"))
                .statusCode(201);
    }

    private static int count(Map<String, Object> row) {
        return ((Number) row.get("count")).intValue();
    }

    private static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then();
    }
}
