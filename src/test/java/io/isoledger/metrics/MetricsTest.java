package io.isoledger.metrics;

import static io.isoledger.api.Fixtures.enrolment;
import static io.isoledger.api.Fixtures.newPatientId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.isoledger.analytics.AnalyticsProjector;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

/**
 * A known sequence of commands over HTTP, then {@code /q/metrics} over HTTP: each metric the README
 * lists moved by exactly what the sequence did (deltas from a scrape taken before, as the instance
 * is shared with other tests), with templated URIs and no patient id anywhere.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class MetricsTest extends AuthenticatedApiTest {

    private static final ZoneId CLINIC = ZoneId.of("Asia/Tokyo");
    /** What a freshly enrolled woman's 91 days of 15 mg capsules from next month break. */
    private static final Set<String> REFUSED_BY = Set.of("R1", "R2", "R4", "R5", "R7");

    @Inject
    AnalyticsProjector analytics;

    @Test
    void aKnownSequenceOfCommands_isCountedByTypeOutcomeRuleEventAndAlert() {
        String patientId = newPatientId();
        String patient = "/api/v1/patients/" + patientId;
        PrometheusScrape before = PrometheusScrape.take();

        post("/api/v1/patients", null, enrolment(patientId)).statusCode(201);
        List<String> rules = post(patient + "/prescriptions", null, refusedPrescription())
                .statusCode(422)
                .extract()
                .path("violations.rule");
        assertThat(Set.copyOf(rules)).isEqualTo(REFUSED_BY);
        String key = UUID.randomUUID().toString();
        post(patient + "/blood-tests", key, bloodTest(21)).statusCode(201);
        post(patient + "/blood-tests", key, bloodTest(21)).statusCode(201).header("Idempotent-Replayed", "true");
        post(patient + "/blood-tests", key, bloodTest(22)).statusCode(422);
        String alertId = post(patient + "/side-effects", null, sideEffect("DEPRESSION"))
                .statusCode(201)
                .extract()
                .path("events.find { it.type == 'SafetyAlertRaised' }.data.alertId");
        post(patient + "/alerts/" + alertId + "/resolution", null, Map.of("resolvedBy", "DR-7", "note", "Seen."))
                .statusCode(201);

        // The HTTP server's timer is recorded as the response ends, maybe after the client read it.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> countedOnce(before, patientId));
    }

    private static void countedOnce(PrometheusScrape before, String patientId) {
        PrometheusScrape after = PrometheusScrape.take();
        Deltas deltas = new Deltas(before, after);
        deltas.is(1, "isoledger_commands_total", "command", "EnrollPatient", "outcome", "accepted");
        deltas.is(1, "isoledger_commands_total", "command", "IssuePrescription", "outcome", "rejected");
        deltas.is(0, "isoledger_commands_total", "command", "IssuePrescription", "outcome", "accepted");
        for (String rule : REFUSED_BY) {
            deltas.is(1, "isoledger_command_rule_refusals_total", "command", "IssuePrescription", "rule", rule);
        }
        deltas.is(0, "isoledger_command_rule_refusals_total", "command", "IssuePrescription", "rule", "R3");
        deltas.is(1, "isoledger_commands_total", "command", "RecordBloodTest", "outcome", "accepted");
        deltas.is(1, "isoledger_commands_total", "command", "RecordBloodTest", "outcome", "idempotent_replay");
        deltas.is(1, "isoledger_commands_total", "command", "RecordBloodTest", "outcome", "idempotency_mismatch");
        deltas.is(1, "isoledger_commands_total", "command", "ReportSideEffect", "outcome", "accepted");
        deltas.is(1, "isoledger_commands_total", "command", "ResolveAlert", "outcome", "accepted");

        // The decider's side: each command decided once, a replay appends nothing.
        String decisions = "isoledger_command_decision_duration_seconds_count";
        deltas.is(1, decisions, "command", "IssuePrescription", "outcome", "rejected");
        deltas.is(1, decisions, "command", "RecordBloodTest", "outcome", "accepted");
        deltas.is(1, decisions, "command", "RecordBloodTest", "outcome", "idempotent_replay");
        deltas.is(1, decisions, "command", "RecordBloodTest", "outcome", "idempotency_mismatch");
        deltas.is(1, "isoledger_events_appended_total", "type", "PatientEnrolled");
        deltas.is(1, "isoledger_events_appended_total", "type", "BloodTestRecorded");
        deltas.is(1, "isoledger_events_appended_total", "type", "SideEffectReported");
        deltas.is(1, "isoledger_events_appended_total", "type", "SafetyAlertRaised");
        deltas.is(1, "isoledger_events_appended_total", "type", "SafetyAlertResolved");
        deltas.is(0, "isoledger_events_appended_total", "type", "PrescriptionIssued");
        deltas.is(1, "isoledger_alerts_raised_total", "rule", "R10");
        deltas.is(1, "isoledger_alerts_resolved_total", "rule", "R10");

        // End to end at the HTTP side, a histogram for percentiles.
        String requests = "isoledger_command_request_duration_seconds";
        deltas.is(1, requests + "_count", "command", "RecordBloodTest", "outcome", "idempotent_replay");
        deltas.is(1, requests + "_count", "command", "IssuePrescription", "outcome", "rejected");
        assertThat(after.find(requests + "_bucket", Map.of("command", "IssuePrescription", "outcome", "rejected")))
                .hasSizeGreaterThan(10);
        assertThat(after.find(decisions.replace("_count", "_bucket"), Map.of("command", "IssuePrescription")))
                .hasSizeGreaterThan(10);

        // HTTP server metrics: the endpoint's template, never the patient's id.
        String http = "http_server_requests_seconds_count";
        deltas.is(2, http, "method", "POST", "uri", "/api/v1/patients/{patientId}/blood-tests", "status", "201");
        deltas.is(1, http, "method", "POST", "uri", "/api/v1/patients/{patientId}/prescriptions", "status", "422");
        deltas.is(
                1,
                http,
                "method",
                "POST",
                "uri",
                "/api/v1/patients/{patientId}/alerts/{alertId}/resolution",
                "status",
                "201");
        assertThat(after.text()).doesNotContain(patientId);
    }

    @Test
    void refusalsBeforeTheResource_areNotCountedUnderTheRawPath() {
        String patientId = newPatientId();
        as("not-a-token").get("/api/v1/patients/" + patientId).then().statusCode(401);
        given().get("/api/v1/patients/" + patientId + "/" + "x".repeat(9000))
                .then()
                .statusCode(414);
        given().get("/api/v1/patients/" + patientId).then().statusCode(404);

        assertThat(PrometheusScrape.take().text()).doesNotContain(patientId);
    }

    @Test
    void projectorLag_isAGaugePerProjectorAndPartition_thatFallsBackWhenTheProjectorCatchesUp() {
        await().atMost(Duration.ofSeconds(30)).until(() -> !PrometheusScrape.take()
                .find("isoledger_projector_lag_records", Map.of("projector", "analytics"))
                .isEmpty());
        int partitions = PrometheusScrape.take()
                .find("isoledger_projector_lag_records", Map.of("projector", "analytics"))
                .size();
        assertThat(PrometheusScrape.take().find("isoledger_projector_lag_records", Map.of("projector", "projector")))
                .hasSize(partitions);
        String patientId = newPatientId();
        String partition = String.valueOf(
                Utils.toPositive(Utils.murmur2(patientId.getBytes(StandardCharsets.UTF_8))) % partitions);
        Map<String, String> analyticsOnIt = Map.of("projector", "analytics", "partition", partition);

        analytics.stop();
        try {
            post("/api/v1/patients", null, enrolment(patientId)).statusCode(201);
            for (int i = 0; i < 3; i++) {
                post("/api/v1/patients/" + patientId + "/side-effects", null, sideEffect("DRY_LIPS"))
                        .statusCode(201);
            }
            // Four events and their commit markers, unread by the stopped analytics projector.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                            PrometheusScrape.take().value("isoledger_projector_lag_records", analyticsOnIt))
                    .isGreaterThanOrEqualTo(7));
        } finally {
            analytics.start("isoledger-analytics");
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        PrometheusScrape.take().value("isoledger_projector_lag_records", analyticsOnIt))
                .isLessThanOrEqualTo(1));
    }

    private static ValidatableResponse post(String path, String idempotencyKey, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post(path).then().log().ifValidationFails();
    }

    private static Map<String, Object> refusedPrescription() {
        return Map.of(
                "prescriptionId",
                "RX-1",
                "strengthMg",
                15,
                "capsulesPerDay",
                1,
                "daysSupply",
                91,
                "startsOn",
                today().toString(),
                "prescriberId",
                "DR-7");
    }

    private static Map<String, Object> bloodTest(int alt) {
        return Map.of(
                "sampledOn",
                today().minusDays(2).toString(),
                "fasting",
                true,
                "results",
                List.of(Map.of("analyte", "ALT", "value", alt, "unit", "U/L", "upperLimitOfNormal", 40)));
    }

    /** DEPRESSION raises R10's blocking alert; DRY_LIPS of grade 1 raises none. */
    private static Map<String, Object> sideEffect(String term) {
        return Map.of(
                "term", term, "grade", 1, "onsetOn", today().toString(), "reportedBy", "PATIENT", "notes", "reported");
    }

    private static LocalDate today() {
        return LocalDate.now(CLINIC);
    }

    /** What moved between two scrapes. */
    private record Deltas(PrometheusScrape before, PrometheusScrape after) {
        void is(double expected, String name, String... labels) {
            Map<String, String> wanted = java.util.stream.IntStream.range(0, labels.length / 2)
                    .boxed()
                    .collect(Collectors.toMap(i -> labels[2 * i], i -> labels[2 * i + 1]));
            assertThat(after.value(name, wanted) - before.value(name, wanted))
                    .as("%s%s", name, wanted)
                    .isEqualTo(expected);
        }
    }
}
