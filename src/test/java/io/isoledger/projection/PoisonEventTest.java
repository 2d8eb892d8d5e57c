package io.isoledger.projection;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.isoledger.domain.Sex;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.eventlog.EventCodec;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An event the projectors cannot read, or read but cannot store, is parked on the dead-letter
 * topic, counted, and holds readiness down until acknowledged, while projection goes on past it.
 *
 * <p>The poison records stay on the events topic forever, and every later start of the service in
 * this JVM (each with an empty database) replays the topic from its start. A projector reads the
 * dead-letter topic when it opens and does not park, nor count, a record it parked before, so those
 * starts stay ready. Within this start, each test acknowledges what it parked.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class PoisonEventTest extends AuthenticatedApiTest {

    private static final String ACKNOWLEDGE = "/api/v1/admin/dead-letters/acknowledge";
    private static final List<String> PROJECTORS = List.of("projector", "analytics");

    @Inject
    ReadModelProjector readModelProjector;

    @Inject
    DeadLetters deadLetters;

    @BeforeEach
    void callWithOurOwnTokens() {
        // No default Authorization header (AuthenticatedApiTest's clinic token): each call chooses its own.
        RestAssured.requestSpecification = null;
    }

    @AfterEach
    void acknowledgeWhatIsLeft() {
        // Readiness of the test classes that share this start must not depend on this one's outcome.
        asAdmin().post(ACKNOWLEDGE);
    }

    @Test
    void unreadableEvents_areParkedWithTheirReason_holdReadinessDown_andProjectionGoesOn() {
        String patientId = newPatientId();
        byte[] garbage = "this is not JSON {".getBytes(StandardCharsets.UTF_8);
        byte[] bogusData = ("{\"patientId\":\"" + patientId + "\"}").getBytes(StandardCharsets.UTF_8);
        // The same key as the patient enrolled below: one partition, the poison first.
        RecordMetadata notJson = PoisonEventRecords.send(
                patientId, garbage, PoisonEventRecords.cloudEventHeaders(patientId, "isoledger.PatientEnrolled.v2"));
        RecordMetadata unknownType = PoisonEventRecords.send(
                patientId, bogusData, PoisonEventRecords.cloudEventHeaders(patientId, "isoledger.Bogus.v9"));
        RecordMetadata noHeaders = PoisonEventRecords.send(patientId, bogusData, Map.of());

        enrolAndRead(patientId);

        List<ConsumerRecord<String, byte[]>> parked = awaitParked(notJson, unknownType, noHeaders);
        assertThat(parked).allSatisfy(letter -> {
            assertThat(letter.key()).isEqualTo(patientId);
            assertThat(PoisonEventRecords.header(letter, DeadLetterQueue.SOURCE_PARTITION))
                    .isEqualTo(Integer.toString(notJson.partition()));
        });
        for (String projector : PROJECTORS) {
            ConsumerRecord<String, byte[]> first = PoisonEventRecords.parkedAt(parked, projector, notJson.offset());
            assertThat(first.value()).isEqualTo(garbage);
            assertThat(PoisonEventRecords.header(first, "ce_type")).isEqualTo("isoledger.PatientEnrolled.v2");
            assertThat(PoisonEventRecords.header(first, "ce_subject")).isEqualTo(patientId);
            assertThat(PoisonEventRecords.header(first, DeadLetterQueue.REASON))
                    .startsWith("unreadable isoledger.PatientEnrolled.v2 data");
            ConsumerRecord<String, byte[]> second =
                    PoisonEventRecords.parkedAt(parked, projector, unknownType.offset());
            assertThat(second.value()).isEqualTo(bogusData);
            assertThat(PoisonEventRecords.header(second, DeadLetterQueue.REASON))
                    .isEqualTo("unknown event type isoledger.Bogus.v9");
            ConsumerRecord<String, byte[]> third = PoisonEventRecords.parkedAt(parked, projector, noHeaders.offset());
            assertThat(PoisonEventRecords.header(third, DeadLetterQueue.REASON))
                    .isEqualTo("missing header ce_specversion");
        }

        get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'dead-letters' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'dead-letters' }.data.unacknowledged", greaterThanOrEqualTo(6));
        String metrics = get("/q/metrics").then().statusCode(200).extract().asString();
        for (String projector : PROJECTORS) {
            assertThat(deadLettersCounted(metrics, projector)).isGreaterThanOrEqualTo(3);
        }

        asAdmin().post(ACKNOWLEDGE).then().statusCode(200).body("acknowledged", greaterThanOrEqualTo(6));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> get("/q/health/ready")
                .then()
                .body("checks.find { it.name == 'dead-letters' }.status", equalTo("UP"))
                .statusCode(200));
    }

    @Test
    void anEventThatReadsButCannotBeStored_isParkedWithTheDatabasesReason_andProjectionGoesOn() {
        String patientId = newPatientId();
        // Well-formed, but no weight column holds 12,345,678 kg (NUMERIC(6, 2)): a value the API
        // refuses, from a producer that went around it.
        byte[] unstorable = EventCodec.encode(new PatientEnrolled(
                patientId,
                Sex.MALE,
                LocalDate.of(1990, 1, 1),
                new BigDecimal("12345678"),
                false,
                LocalDate.of(2026, 11, 25)));
        RecordMetadata poison = PoisonEventRecords.send(
                patientId, unstorable, PoisonEventRecords.cloudEventHeaders(patientId, "isoledger.PatientEnrolled.v2"));

        enrolAndRead(patientId);

        List<ConsumerRecord<String, byte[]>> parked = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> PoisonEventRecords.deadLettersOf(poison.partition(), List.of(poison.offset())),
                        letters -> letters.stream().anyMatch(l -> "projector"
                                .equals(PoisonEventRecords.header(l, DeadLetterQueue.PROJECTOR))));
        ConsumerRecord<String, byte[]> letter = PoisonEventRecords.parkedAt(parked, "projector", poison.offset());
        assertThat(letter.value()).isEqualTo(unstorable);
        assertThat(PoisonEventRecords.header(letter, DeadLetterQueue.REASON))
                .startsWith("projection failed: ")
                .containsIgnoringCase("numeric field overflow");
        get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'dead-letters' }.status", equalTo("DOWN"));
        assertThat(readModelProjector.storedOffsets().getOrDefault(poison.partition(), 0L))
                .isGreaterThan(poison.offset());

        asAdmin().post(ACKNOWLEDGE).then().statusCode(200).body("acknowledged", greaterThanOrEqualTo(1));
    }

    @Test
    void aReplay_afterTheProjectorReopens_doesNotParkOrCountTheSameEventAgain() throws Exception {
        String patientId = newPatientId();
        RecordMetadata poison = PoisonEventRecords.send(
                patientId,
                "{".getBytes(StandardCharsets.UTF_8),
                PoisonEventRecords.cloudEventHeaders(patientId, "isoledger.PatientEnrolled.v2"));
        enrolAndRead(patientId);
        awaitParked(poison);
        asAdmin().post(ACKNOWLEDGE).then().statusCode(200);

        // As on a new start: the projector learns what it parked from the dead-letter topic alone.
        readModelProjector.stop();
        readModelProjector.start("isoledger-projector");
        readModelProjector.rebuild();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> readModelProjector.storedOffsets().getOrDefault(poison.partition(), 0L) > poison.offset());
        assertThat(PoisonEventRecords.deadLettersOf(poison.partition(), List.of(poison.offset())))
                .as("one dead letter per projector")
                .hasSize(PROJECTORS.size());
        assertThat(deadLetters.unacknowledged()).isZero();
    }

    private static List<ConsumerRecord<String, byte[]>> awaitParked(RecordMetadata... poison) {
        List<Long> offsets = Arrays.stream(poison).map(RecordMetadata::offset).toList();
        int expected = offsets.size() * PROJECTORS.size();
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> PoisonEventRecords.deadLettersOf(poison[0].partition(), offsets),
                        parked -> parked.size() >= expected);
    }

    /** A write after the poison, on its partition, is projected: the projector went past it. */
    private static void enrolAndRead(String patientId) {
        asClinic()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "patientId",
                        patientId,
                        "sex",
                        "MALE",
                        "birthDate",
                        "1990-01-01",
                        "weightKg",
                        70,
                        "canBecomePregnant",
                        false))
                .post("/api/v1/patients")
                .then()
                .statusCode(201);
        asClinic().get("/api/v1/patients/" + patientId).then().statusCode(200).body("patientId", equalTo(patientId));
    }

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(Tokens.forRoles("operations", Roles.ADMIN));
    }

    private static RequestSpecification asClinic() {
        return given().auth().oauth2(Tokens.forRoles(AuthenticatedApiTest.CLINIC_SYSTEM, Roles.NURSE));
    }

    private static double deadLettersCounted(String metrics, String projector) {
        Matcher line = Pattern.compile("(?m)^isoledger_projection_dead_letters_total\\{[^}]*projector=\"" + projector
                        // OpenMetrics may follow the value with an exemplar: " # {span_id=...,trace_id=...} 1.0 ts".
                        + "\"[^}]*\\} (\\S+)(?: # .*)?$")
                .matcher(metrics);
        assertThat(line.find()).as("the counter of %s in /q/metrics", projector).isTrue();
        return Double.parseDouble(line.group(1));
    }

    private static String newPatientId() {
        return "P-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
