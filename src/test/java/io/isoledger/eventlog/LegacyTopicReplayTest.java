package io.isoledger.eventlog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.isoledger.api.Fixtures;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A topic written before events carried clinical dates and converted lab values (v1 of
 * PatientEnrolled, ContraceptionConfirmed and BloodTestRecorded) still replays: the read models
 * project it, the decider's state is folded from it, and the patient decides as a twin recorded
 * through today's API does.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class LegacyTopicReplayTest extends AuthenticatedApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Test
    void aPatientWrittenAsV1Events_replaysToTheSameReadModelsAndDecisions_asATwinRecordedToday() throws Exception {
        String legacy = "P-" + UUID.randomUUID().toString().substring(0, 12);
        String started = TODAY.minusDays(40).toString();
        String sampled = TODAY.minusDays(2).toString();
        writeAsTheOldServiceDid(
                legacy,
                List.of(
                        event(
                                "isoledger.PatientEnrolled.v1",
                                "{\"patientId\":\"" + legacy + "\",\"sex\":\"FEMALE\","
                                        + "\"birthDate\":\"2001-04-02\",\"weightKg\":58.5,\"canBecomePregnant\":true}"),
                        event(
                                "isoledger.ContraceptionConfirmed.v1",
                                "{\"patientId\":\"" + legacy + "\","
                                        + "\"methods\":[\"IUD\",\"CONDOM\"],\"startedOn\":\"" + started + "\"}"),
                        event(
                                "isoledger.PregnancyTestRecorded.v1",
                                "{\"patientId\":\"" + legacy + "\",\"sampledOn\":\"" + sampled
                                        + "\",\"result\":\"NEGATIVE\",\"method\":\"URINE\"}"),
                        event(
                                "isoledger.BloodTestRecorded.v1",
                                "{\"patientId\":\"" + legacy + "\",\"sampledOn\":\""
                                        + sampled
                                        + "\",\"fasting\":true,\"results\":[{\"analyte\":\"ALT\",\"value\":21,"
                                        + "\"unit\":\"U/L\",\"upperLimitOfNormal\":40},{\"analyte\":\"TRIGLYCERIDES\","
                                        + "\"value\":1.5,\"unit\":\"mmol/L\",\"upperLimitOfNormal\":null}]}")));
        String twin = twinRecordedToday(started, sampled);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> given().get("/api/v1/patients/" + legacy).then().statusCode(200));
        given().get("/api/v1/patients/" + legacy + "/blood-tests")
                .then()
                .body("[0].results[1].value", equalTo(1.5f))
                .body("[0].results[1].unit", equalTo("mmol/L"))
                .body("[0].results[1].standardValue", equalTo(132.855f));
        assertThat(comparable(legacy)).isEqualTo(comparable(twin));

        as(Tokens.forRoles("operator", Roles.ADMIN))
                .post("/api/v1/admin/decider-state/rebuild")
                .then()
                .statusCode(200);
        eligibility(legacy).body("eligible", equalTo(true));
        eligibility(twin).body("eligible", equalTo(true));
        post(legacy, "/prescriptions", rx())
                .statusCode(201)
                .body("version", equalTo(5))
                .body("events.type", contains("PrescriptionIssued"));
        // The enrolment weight of the v1 event is dated the day it was recorded: an older one does not replace it.
        post(
                        legacy,
                        "/weight",
                        Map.of(
                                "weightKg",
                                30,
                                "measuredOn",
                                TODAY.minusDays(400).toString()))
                .statusCode(201);
        given().get("/api/v1/patients/" + legacy).then().body("inForce.weightKg", equalTo(58.5f));
    }

    /** What a patient looks like apart from ids, versions and times of entry. */
    private static Map<String, Object> comparable(String patientId) {
        JsonPath summary = given().get("/api/v1/patients/" + patientId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return Map.of(
                "weightKg", summary.get("weightKg"),
                "canBecomePregnant", summary.get("canBecomePregnant"),
                "status", summary.get("status"),
                "lastBloodTestOn", summary.get("lastBloodTestOn"),
                "contraception", summary.getList("inForce.contraception.method"),
                "latestNegativePregnancyTestOn", summary.get("inForce.latestNegativePregnancyTestOn"),
                "openAlerts", summary.get("openAlerts"));
    }

    private String twinRecordedToday(String started, String sampled) {
        String twin = Fixtures.newPatientId();
        Fixtures.post("/api/v1/patients", Fixtures.enrolment(twin)).statusCode(201);
        post(twin, "/contraception", Map.of("methods", List.of("IUD", "CONDOM"), "startedOn", started))
                .statusCode(201);
        post(twin, "/pregnancy-tests", Map.of("sampledOn", sampled, "result", "NEGATIVE", "method", "URINE"))
                .statusCode(201);
        post(
                        twin,
                        "/blood-tests",
                        Map.of(
                                "sampledOn",
                                sampled,
                                "fasting",
                                true,
                                "results",
                                List.of(
                                        Map.of("analyte", "ALT", "value", 21, "unit", "U/L", "upperLimitOfNormal", 40),
                                        Map.of("analyte", "TRIGLYCERIDES", "value", 1.5, "unit", "mmol/L"))))
                .statusCode(201);
        return twin;
    }

    private static Map<String, Object> rx() {
        return Map.of(
                "prescriptionId",
                "RX-1",
                "strengthMg",
                20,
                "capsulesPerDay",
                2,
                "daysSupply",
                30,
                "startsOn",
                TODAY.toString(),
                "prescriberId",
                "DR-7");
    }

    private static ValidatableResponse post(String patientId, String path, Object body) {
        return Fixtures.post("/api/v1/patients/" + patientId + path, body);
    }

    private static ValidatableResponse eligibility(String patientId) {
        return given().get("/api/v1/patients/" + patientId + "/prescription-eligibility")
                .then()
                .statusCode(200);
    }

    private record Legacy(String ceType, String json) {}

    private static Legacy event(String ceType, String json) {
        return new Legacy(ceType, json);
    }

    /** One transaction, headers as the service of the time wrote them, sequences 1, 2, 3 ... */
    private static void writeAsTheOldServiceDid(String patientId, List<Legacy> events) throws Exception {
        Properties config = new Properties();
        config.put("bootstrap.servers", IsoLedgerTestEnvironment.bootstrapServers());
        config.put("transactional.id", "legacy-writer-" + patientId);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            Instant time = Instant.now();
            for (int i = 0; i < events.size(); i++) {
                long sequence = i + 1L;
                var record = new ProducerRecord<>(
                        Topics.EVENTS, patientId, events.get(i).json().getBytes(StandardCharsets.UTF_8));
                Map.of(
                                "ce_specversion", "1.0",
                                "ce_id", EventMetadata.eventId(patientId, sequence),
                                "ce_source", "/isoledger",
                                "ce_type", events.get(i).ceType(),
                                "ce_subject", patientId,
                                "ce_time", time.toString(),
                                "content-type", "application/json",
                                "ce_sequence", Long.toString(sequence),
                                "ce_correlationid", UUID.randomUUID().toString(),
                                "ce_causationid", UUID.randomUUID().toString())
                        .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                record.headers().add("ce_actor", "clinic-system".getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.commitTransaction();
        }
    }
}
