package io.isoledger.logging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.isoledger.analyticsfeed.EveryEventScenario;
import io.isoledger.api.Fixtures;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.ProjectionCaughtUp;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's log, as prod writes it (one JSON object per line, with the MDC) and with IsoLedger's
 * DEBUG lines on, holds no personal data: requests full of it (names, a birth date, free-text notes,
 * patient ids) go through every write endpoint, valid, malformed and refused by the decider, and none
 * of it is in the log, where each patient is a pseudonym. Every line of a write, the request's, the
 * decider's and the projector's, carries the write's correlation id; any MDC entry (OpenTelemetry's
 * traceId) is on the line too.
 */
@QuarkusTest
@TestProfile(LogPrivacyTest.JsonLogFile.class)
@WithTestResource(IsoLedgerTestEnvironment.class)
class LogPrivacyTest extends AuthenticatedApiTest {

    static final Path LOG_FILE = Path.of("target", "log-privacy", "isoledger.log");

    /** The prod format in a file the test reads, IsoLedger's DEBUG lines included. */
    public static class JsonLogFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG_FILE.toString(),
                    "quarkus.log.file.json.enabled", "true",
                    "quarkus.log.file.level", "DEBUG",
                    "quarkus.log.category.\"io.isoledger\".level", "DEBUG",
                    // A restarted service takes its partitions back before it projects: give the first writes time.
                    "isoledger.write.projection-timeout", "30s");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    // Personal data no log line may hold.
    private static final String FIRST_NAME = "Zephyrine";
    private static final String LAST_NAME = "Quillfeather";
    private static final String NAME = FIRST_NAME + " " + LAST_NAME;
    private static final String BIRTH_DATE = "1987-03-19";
    private static final String NOTE = "Ottoline Brackenridge of 14 Wyvern Lane, sister of " + NAME;
    private static final String PATIENT_MARK = "QLLFTHR";
    private static final List<String> PERSONAL =
            List.of(FIRST_NAME, LAST_NAME, BIRTH_DATE, "Ottoline", "Brackenridge", "Wyvern", PATIENT_MARK);

    /** Every write endpoint under a patient, by its path after /api/v1/patients/{patientId}. */
    private static final List<String> PATIENT_WRITES = List.of(
            "/weight",
            "/contraception",
            "/contraception/stops",
            "/pregnancy-tests",
            "/blood-tests",
            "/reproductive-status",
            "/reproductive-potential",
            "/contraception-failures",
            "/medications",
            "/side-effects",
            "/alerts/AL-1/resolution",
            "/procedures",
            "/prescriptions",
            "/prescriptions/RX-" + PATIENT_MARK + "/dispensing",
            "/treatment-end");

    @BeforeEach
    void caughtUp() {
        ProjectionCaughtUp.await();
    }

    @Test
    void personalDataSentThroughEveryWriteEndpoint_isInNoLogLine() {
        long start = logSize();
        Set<Integer> statuses = new TreeSet<>();

        // Valid: one patient's course through every write endpoint (its own distinctive values).
        EveryEventScenario course = new EveryEventScenario().run();

        // A patient whose id, birth date and notes are ours: enrolled, then every endpoint with
        // valid bodies full of personal data (accepted, or refused by the decider: 404, 409, 422).
        String patientId =
                "P-" + PATIENT_MARK + "-" + UUID.randomUUID().toString().substring(0, 6);
        statuses.add(post("/api/v1/patients", enrolment(patientId)));
        statuses.add(post("/api/v1/patients", enrolment(patientId)));
        String unknown =
                "P-" + PATIENT_MARK + "-GHOST-" + UUID.randomUUID().toString().substring(0, 6);
        for (String write : PATIENT_WRITES) {
            statuses.add(post("/api/v1/patients/" + patientId + write, validBody(write)));
            int refused = post("/api/v1/patients/" + unknown + write, validBody(write));
            assertThat(refused).as("%s for an unknown patient", write).isEqualTo(404);
        }
        // A prescription that breaks rules (R1, R7, ...): 422 with the rule ids.
        Map<String, Object> tooMuch = new LinkedHashMap<>(validBody("/prescriptions"));
        tooMuch.put("prescriptionId", "RX-" + PATIENT_MARK + "-2");
        tooMuch.put("strengthMg", 15);
        tooMuch.put("capsulesPerDay", 4);
        tooMuch.put("daysSupply", 91);
        statuses.add(post("/api/v1/patients/" + patientId + "/prescriptions", tooMuch));

        // Malformed: unknown fields, values of the wrong type, broken JSON, text the constraints refuse.
        for (String write : pathsOfEveryWrite(patientId)) {
            statuses.add(post(write, Map.of("fullName", NAME, "birthDate", BIRTH_DATE, "notes", NOTE)));
            statuses.add(postRaw(write, "{\"notes\": \"" + NOTE + "\", \"birthDate\": " + BIRTH_DATE));
            statuses.add(postRaw(
                    write,
                    "{\"birthDate\": \"" + NAME + " " + BIRTH_DATE + "\", \"weightKg\": \"" + NAME
                            + "\", \"notes\": [\"" + NOTE + "\"]}"));
        }
        Map<String, Object> badNote = new LinkedHashMap<>(validBody("/side-effects"));
        badNote.put("notes", NOTE + "\u0007" + "x".repeat(2100));
        statuses.add(post("/api/v1/patients/" + patientId + "/side-effects", badNote));
        Map<String, Object> badDate = new LinkedHashMap<>(enrolment(patientId + "-B"));
        badDate.put("birthDate", "1987-02-30");
        statuses.add(post("/api/v1/patients", badDate));
        // With an X-Correlation-Id that is none (it holds a name and a space): 400, and not logged.
        statuses.add(given().contentType(ContentType.JSON)
                .header("X-Correlation-Id", NAME)
                .body(validBody("/weight"))
                .post("/api/v1/patients/" + patientId + "/weight")
                .statusCode());

        // The operator's writes take no input but their tokens; acknowledging dead letters is one.
        statuses.add(as(Tokens.forRoles("operations", Roles.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("note", NOTE))
                .post("/api/v1/admin/dead-letters/acknowledge")
                .statusCode());

        assertThat(statuses)
                .as("the answers")
                .contains(200, 201, 400, 404, 409, 422)
                .allMatch(s -> s < 500);

        String log = settledLogSince(start);
        List<String> forbidden = new ArrayList<>(PERSONAL);
        forbidden.add(patientId);
        forbidden.add(unknown);
        course.identifyingValues().stream()
                .filter(value -> !value.equals(course.correlationId))
                .forEach(forbidden::add);
        List<String> lines = List.of(log.split("\n"));
        for (String value : forbidden) {
            assertThat(lines)
                    .as("the log lines that hold %s", value)
                    .filteredOn(line -> line.contains(value))
                    .isEmpty();
        }
        // The log did speak of these patients and these requests: by their pseudonyms.
        assertThat(log)
                .contains(LogPseudonyms.of(patientId))
                .contains(LogPseudonyms.of(course.patientId))
                .contains("DispensePrescription", "ResolveAlert", "EndTreatment");
    }

    @Test
    void everyLineOfAWrite_carriesItsCorrelationId_fromTheRequestThroughTheDeciderToTheProjector() {
        long start = logSize();
        String patientId = "P-CORR-" + UUID.randomUUID().toString().substring(0, 8);
        String correlationId = "corr-" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .header("X-Correlation-Id", correlationId)
                .body(enrolment(patientId))
                .post("/api/v1/patients")
                .then()
                .statusCode(201);
        // Without one, the request gets an id of its own, which its events record.
        given().contentType(ContentType.JSON)
                .body(Map.of("weightKg", 61, "measuredOn", EveryEventScenario.day(0)))
                .post("/api/v1/patients/" + patientId + "/weight")
                .then()
                .statusCode(201);
        String generated = given().get("/api/v1/patients/" + patientId + "/events")
                .then()
                .statusCode(200)
                .extract()
                .path("[1].correlationId");
        assertThat(generated).isNotBlank().isNotEqualTo(correlationId);

        String pseudonym = LogPseudonyms.of(patientId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> lines = jsonLinesSince(start).stream()
                    .filter(line -> line.path("message").asText().contains(pseudonym))
                    .toList();
            for (String id : List.of(correlationId, generated)) {
                List<JsonNode> ofTheWrite = lines.stream()
                        .filter(line -> id.equals(
                                line.path("mdc").path(LogContext.CORRELATION_ID).asText()))
                        .toList();
                assertThat(ofTheWrite)
                        .as("the lines about %s with correlation id %s", pseudonym, id)
                        .extracting(line -> line.path("loggerName").asText())
                        .contains(
                                "io.isoledger.write.Writes",
                                "io.isoledger.decider.DeciderProcessor",
                                "io.isoledger.projection.BatchTransaction");
            }
            assertThat(lines)
                    .as("every line about %s names one of its two writes", pseudonym)
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line.path("mdc")
                                    .path(LogContext.CORRELATION_ID)
                                    .asText())
                            .as("%s", line)
                            .isIn(correlationId, generated));
        });
    }

    @Test
    void everyLineOfAWrite_carriesItsTraceId_fromTheRequestThroughTheDeciderToTheProjector() {
        long start = logSize();
        String patientId = "P-TRACE-" + UUID.randomUUID().toString().substring(0, 8);
        String traceId = UUID.randomUUID().toString().replace("-", "");
        given().contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(enrolment(patientId))
                .post("/api/v1/patients")
                .then()
                .statusCode(201);

        String pseudonym = LogPseudonyms.of(patientId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> lines = jsonLinesSince(start).stream()
                    .filter(line -> line.path("message").asText().contains(pseudonym))
                    .toList();
            assertThat(lines)
                    .extracting(line -> line.path("loggerName").asText())
                    .contains(
                            "io.isoledger.write.Writes",
                            "io.isoledger.decider.DeciderProcessor",
                            "io.isoledger.projection.BatchTransaction");
            assertThat(lines).allSatisfy(line -> assertThat(
                            line.path("mdc").path("traceId").asText())
                    .as("%s", line)
                    .isEqualTo(traceId));
        });
    }

    /** An enrolment with our birth date. */
    private static Map<String, Object> enrolment(String patientId) {
        Map<String, Object> enrolment = new LinkedHashMap<>(Fixtures.enrolment(patientId));
        enrolment.put("birthDate", BIRTH_DATE);
        return enrolment;
    }

    /** A body each endpoint accepts as JSON, with personal data wherever it takes free text. */
    private static Map<String, Object> validBody(String write) {
        String today = EveryEventScenario.day(0);
        String rx = "RX-" + PATIENT_MARK;
        return switch (write) {
            case "/weight" -> Map.of("weightKg", 60, "measuredOn", today);
            case "/contraception" -> Map.of("methods", List.of("IUD"), "startedOn", EveryEventScenario.day(-40));
            case "/contraception/stops" -> Map.of("methods", List.of("CONDOM"), "stoppedOn", today);
            case "/pregnancy-tests" -> Map.of("sampledOn", today, "result", "NEGATIVE", "method", "URINE");
            case "/blood-tests" ->
                Map.of(
                        "sampledOn",
                        today,
                        "fasting",
                        true,
                        "results",
                        List.of(Map.of("analyte", "ALT", "value", 21, "unit", "U/L", "upperLimitOfNormal", 40)));
            case "/reproductive-status" -> Map.of("status", "NONE", "declaredOn", today);
            case "/reproductive-potential" ->
                Map.of("canBecomePregnant", false, "changedOn", today, "reason", "STERILIZATION");
            case "/contraception-failures" -> Map.of("occurredOn", today, "kind", "MISSED_PILL", "notes", NOTE);
            case "/medications" -> Map.of("name", NAME + " tonic", "drugClass", "OTHER", "startedOn", today);
            case "/side-effects" ->
                Map.of("term", "DEPRESSION", "grade", 2, "onsetOn", today, "reportedBy", "PATIENT", "notes", NOTE);
            case "/alerts/AL-1/resolution" -> Map.of("resolvedBy", "DR-7", "note", NOTE);
            case "/procedures" ->
                Map.of(
                        "procedureId",
                        "PR-" + PATIENT_MARK,
                        "kind",
                        "LASER",
                        "scheduledOn",
                        EveryEventScenario.day(100));
            case "/prescriptions" -> Fixtures.prescription(rx, 20, 30);
            case "/treatment-end" -> Map.of("endedOn", today, "reason", "COMPLETED");
            default -> {
                assertThat(write).isEqualTo("/prescriptions/" + rx + "/dispensing");
                yield Map.of("dispensedOn", today, "pharmacyId", "PH-" + PATIENT_MARK, "quantity", 30);
            }
        };
    }

    private static List<String> pathsOfEveryWrite(String patientId) {
        return Stream.concat(
                        Stream.of("/api/v1/patients"),
                        PATIENT_WRITES.stream().map(write -> "/api/v1/patients/" + patientId + write))
                .toList();
    }

    private static int post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path).statusCode();
    }

    private static int postRaw(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).statusCode();
    }

    private static long logSize() {
        try {
            return Files.exists(LOG_FILE) ? Files.size(LOG_FILE) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The log written since the offset, once nothing more has come for two seconds (the projectors are done). */
    private static String settledLogSince(long start) {
        AtomicLong size = new AtomicLong(-1);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    long now = logSize();
                    return size.getAndSet(now) == now;
                });
        return logSince(start);
    }

    private static String logSince(long start) {
        try {
            byte[] all = Files.readAllBytes(LOG_FILE);
            return new String(all, (int) start, all.length - (int) start, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> jsonLinesSince(long start) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : logSince(start).split("\n")) {
            if (!line.isBlank()) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("A log line that is not JSON: " + line, e);
                }
            }
        }
        return lines;
    }
}
