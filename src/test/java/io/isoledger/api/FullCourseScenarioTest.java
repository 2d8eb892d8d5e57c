package io.isoledger.api;

import static io.isoledger.api.Fixtures.CLINIC_ZONE;
import static io.isoledger.api.Fixtures.newPatientId;
import static io.isoledger.api.Fixtures.post;
import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.MovableClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One patient's whole course under jp-clinic, over months of the service's clock: enrolment,
 * contraception, tests, prescriptions, side effects, alerts, the end, and the restrictions after it.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class FullCourseScenarioTest extends AuthenticatedApiTest {

    private final String patientId = newPatientId();
    private final LocalDate start = LocalDate.now(CLINIC_ZONE);
    private final String base = "/api/v1/patients/" + patientId;

    @AfterEach
    void backToToday() {
        MovableClock.reset();
    }

    @Test
    void aFullCourse_fromEnrolmentToTheRestrictionsAfterIt() {
        enrolAndPrepare();
        firstPrescription();
        expectedFlareInWeekTwo();
        secondPrescriptionDespiteAWarning();
        blockingAlertStopsPrescriptionsUntilResolved();
        endOfTreatmentFixesTheRestrictions();
        proceduresAreCheckedAgainstTheRestrictions();
    }

    private void enrolAndPrepare() {
        post("/api/v1/patients", Fixtures.enrolment(patientId)).statusCode(201);
        post(base + "/reproductive-status", Map.of("status", "NONE", "declaredOn", day(-40)))
                .statusCode(201);
        post(base + "/contraception", Map.of("methods", List.of("IUD", "CONDOM"), "startedOn", day(-40)))
                .statusCode(201);
        get(base + "/prescription-eligibility?on=" + day(0))
                .then()
                .statusCode(200)
                .body("eligible", equalTo(false))
                .body("violations.rule", containsInAnyOrder("R2", "R4"))
                .body("notChecked", containsInAnyOrder("R1", "R7", "R16", "R17"));
        post(base + "/pregnancy-tests", Map.of("sampledOn", day(-1), "result", "NEGATIVE", "method", "URINE"))
                .statusCode(201);
        post(base + "/blood-tests", Fixtures.bloodTest(start.minusDays(2))).statusCode(201);
        get(base + "/prescription-eligibility").then().statusCode(200).body("eligible", equalTo(true));
    }

    private void firstPrescription() {
        post(base + "/prescriptions", rx("RX-1", 0)).statusCode(201);
        handOver("RX-1", 0);
        get(base)
                .then()
                .body("status", equalTo("IN_TREATMENT"))
                .body("courseStartedOn", equalTo(day(0)))
                .body("cumulativeDoseMg", equalTo(600))
                .body("supplyEndsOn", equalTo(day(29)))
                .body("nextBloodTestDueOn", equalTo(day(23)))
                .body("restrictions.contraceptionRequiredUntil", equalTo(day(29 + 90)))
                .body("restrictions.bloodDonationAllowedFrom", equalTo(day(29 + 30)))
                .body("restrictions.cosmeticProceduresAllowedFrom", equalTo(day(29 + 180)));
    }

    private void expectedFlareInWeekTwo() {
        MovableClock.travel(Duration.ofDays(10));
        post(
                        base + "/side-effects",
                        Map.of("term", "ACNE_FLARE", "grade", 2, "onsetOn", day(10), "reportedBy", "PATIENT"))
                .statusCode(201);
        get(base + "/side-effects").then().body("[0].expected", equalTo(true));
        get(base + "/alerts").then().body("", empty());
    }

    private void secondPrescriptionDespiteAWarning() {
        MovableClock.travel(Duration.ofDays(14));
        post(base + "/pregnancy-tests", Map.of("sampledOn", day(24), "result", "NEGATIVE", "method", "SERUM"))
                .statusCode(201);
        post(
                        base + "/blood-tests",
                        Map.of(
                                "sampledOn",
                                day(24),
                                "fasting",
                                true,
                                "results",
                                List.of(
                                        Map.of("analyte", "ALT", "value", 30, "unit", "U/L", "upperLimitOfNormal", 40),
                                        Map.of("analyte", "TRIGLYCERIDES", "value", 620, "unit", "mg/dL"))))
                .statusCode(201)
                .body("events.type", contains("BloodTestRecorded", "SafetyAlertRaised"));
        get(base + "/alerts").then().body("[0].rule", equalTo("R9")).body("[0].blocking", equalTo(false));
        post(base + "/prescriptions", rx("RX-2", 24)).statusCode(201);
        handOver("RX-2", 24);
        get(base).then().body("cumulativeDoseMg", equalTo(1200)).body("openAlerts", equalTo(1));
        assertThat(Fixtures.worklistPatients()).contains(patientId);
    }

    private void blockingAlertStopsPrescriptionsUntilResolved() {
        MovableClock.travel(Duration.ofDays(6));
        String alertId = post(
                        base + "/side-effects",
                        Map.of("term", "DEPRESSION", "grade", 2, "onsetOn", day(30), "reportedBy", "PRESCRIBER"))
                .statusCode(201)
                .extract()
                .path("events[1].data.alertId");
        get(base + "/prescription-eligibility?on=" + day(47))
                .then()
                .body("eligible", equalTo(false))
                .body("violations.rule", hasItem("R8"));
        post(
                        base + "/alerts/" + alertId + "/resolution",
                        Map.of("resolvedBy", "DR-7", "note", "Seen in clinic; mood stable; continue."))
                .statusCode(201);
        post(base + "/alerts/" + alertId + "/resolution", Map.of("resolvedBy", "DR-7", "note", "again"))
                .statusCode(409);
        get(base + "/alerts")
                .then()
                .body("find { it.alertId == '" + alertId + "' }.status", equalTo("RESOLVED"))
                .body("find { it.alertId == '" + alertId + "' }.resolution.resolvedBy", equalTo("DR-7"));
    }

    private void endOfTreatmentFixesTheRestrictions() {
        MovableClock.travel(Duration.ofDays(10));
        post(base + "/treatment-end", Map.of("endedOn", day(40), "reason", "COMPLETED"))
                .statusCode(201);
        get(base)
                .then()
                .body("status", equalTo("ENDED"))
                .body("treatmentEndedOn", equalTo(day(40)))
                .body("nextBloodTestDueOn", nullValue())
                .body("restrictions.contraceptionRequiredUntil", equalTo(day(40 + 90)))
                .body("restrictions.bloodDonationAllowedFrom", equalTo(day(40 + 30)))
                .body("restrictions.cosmeticProceduresAllowedFrom", equalTo(day(40 + 180)));
        post(base + "/treatment-end", Map.of("endedOn", day(40), "reason", "COMPLETED"))
                .statusCode(409);
    }

    private void proceduresAreCheckedAgainstTheRestrictions() {
        post(base + "/procedures", Map.of("procedureId", "PR-1", "kind", "LASER", "scheduledOn", day(100)))
                .statusCode(201)
                .body("conflict", equalTo(true))
                .body("conflicts.rule", contains("R12"));
        post(base + "/procedures", Map.of("procedureId", "PR-2", "kind", "LASER", "scheduledOn", day(220)))
                .statusCode(201)
                .body("conflict", equalTo(false));
        post(base + "/procedures", Map.of("procedureId", "PR-3", "kind", "TOOTH_EXTRACTION", "scheduledOn", day(60)))
                .statusCode(201)
                .body("conflict", equalTo(false));
        get(base + "/procedures").then().body("procedureId", contains("PR-1", "PR-2", "PR-3"));
    }

    /** The clinic hands the 30 capsules over on the day (R22). */
    private void handOver(String prescriptionId, int onDay) {
        post(
                        base + "/prescriptions/" + prescriptionId + "/dispensing",
                        Map.of("dispensedOn", day(onDay), "pharmacyId", "PH-1", "quantity", 30))
                .statusCode(201);
    }

    private Map<String, Object> rx(String id, int startDay) {
        return Map.of(
                "prescriptionId",
                id,
                "strengthMg",
                20,
                "capsulesPerDay",
                1,
                "daysSupply",
                30,
                "startsOn",
                day(startDay),
                "prescriberId",
                "DR-7");
    }

    private String day(int offset) {
        return start.plusDays(offset).toString();
    }
}
