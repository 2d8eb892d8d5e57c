package io.isoledger.decider;

import static io.isoledger.api.Fixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isoledger.api.Fixtures;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.Reporter;
import io.isoledger.domain.Sex;
import io.isoledger.domain.SideEffectTerm;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.domain.event.WeightRecorded;
import io.isoledger.eventlog.CloudEventHeaders;
import io.isoledger.eventlog.CommandCodec;
import io.isoledger.eventlog.EventCodec;
import io.isoledger.eventlog.EventMetadata;
import io.isoledger.eventlog.EventTypes;
import io.isoledger.eventlog.StateRestore;
import io.isoledger.eventlog.Topics;
import io.isoledger.eventlog.WireJson;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.ProjectionCaughtUp;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The decider's state that a fresh instance restores, its store's changelog, equals patient by
 * patient the state folded from the full events topic with the same {@link
 * io.isoledger.domain.Evolver}: for patients decided through the API, and for patients whose events
 * reached the topic without the decider (as a restored backup would) once the state is rebuilt from
 * the events ({@code POST /api/v1/admin/decider-state/rebuild}, thousands of restores in flight at
 * once). The comparison is shown to catch a stored state that the events do not give.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class DeciderStateEqualityTest extends AuthenticatedApiTest {

    private static final int DECIDED_PATIENTS = 24;
    private static final int SEEDED_PATIENTS = 2_000;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Test
    void theChangelogsState_equalsTheFoldOfTheEventsTopic_patientByPatient() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> decided = new ArrayList<>();
        for (int i = 0; i < DECIDED_PATIENTS; i++) {
            decided.add(decideACourse("EQ-" + run + "-" + i, i));
        }
        Set<String> patients = new HashSet<>(decided);
        assertThat(DeciderStateSources.changelog(patients))
                .as("the changelog's states of the patients decided through the API")
                .hasSize(DECIDED_PATIENTS)
                .isEqualTo(DeciderStateSources.foldedFromTheEvents(patients));

        List<String> seeded = seedEventsWithoutTheDecider("EQS-" + run + "-");
        patients.addAll(seeded);
        String damaged = decided.get(DECIDED_PATIENTS / 2);
        damage(damaged, DeciderStateSources.foldedFromTheEvents(Set.of(damaged)).get(damaged));
        Map<String, PatientState> folded = DeciderStateSources.foldedFromTheEvents(patients);
        assertThat(folded).hasSize(DECIDED_PATIENTS + SEEDED_PATIENTS);
        await("the damaged state on the changelog")
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> {
                    Map<String, PatientState> changelog = DeciderStateSources.changelog(patients);
                    assertThat(changelog.keySet())
                            .as("states on the changelog")
                            .containsExactlyInAnyOrderElementsOf(decided);
                    assertThat(decided)
                            .as("patients whose changelog state differs from the fold")
                            .filteredOn(p -> !changelog.get(p).equals(folded.get(p)))
                            .containsExactly(damaged);
                });

        long start = System.nanoTime();
        Response rebuilt = as(Tokens.forRoles("ops-1", Roles.ADMIN)).post("/api/v1/admin/decider-state/rebuild");
        System.out.printf(
                "DeciderStateEqualityTest: rebuild of %s answered in %d ms%n",
                rebuilt.asString(), Duration.ofNanos(System.nanoTime() - start).toMillis());
        assertThat(rebuilt.statusCode()).as(rebuilt.asString()).isEqualTo(200);
        // Every state of this test was replaced: none was newer than the fold; other tests' patients may add.
        assertThat(rebuilt.jsonPath().getInt("patients")).isGreaterThanOrEqualTo(patients.size());
        assertThat(rebuilt.jsonPath().getInt("restored")).isGreaterThanOrEqualTo(patients.size());

        assertThat(DeciderStateSources.changelog(patients))
                .as("the changelog's states after the rebuild")
                .hasSize(patients.size())
                .isEqualTo(folded);
        // The restored states decide: the next event of a seeded patient is their fourth (201 once the
        // projector has caught up with the seeded events, which it projects too).
        ProjectionCaughtUp.await();
        post("/api/v1/patients/" + seeded.get(0) + "/weight", Map.of("weightKg", 60, "measuredOn", TODAY.toString()))
                .statusCode(201)
                .body("version", org.hamcrest.Matchers.equalTo(4));
    }

    /** Enrols the patient and records a course through the API; odd ones get a blocking alert. */
    private static String decideACourse(String patientId, int i) {
        Map<String, Object> enrolment = new java.util.HashMap<>(Fixtures.enrolment(patientId));
        enrolment.put("sex", i % 3 == 0 ? "MALE" : "FEMALE");
        enrolment.put("canBecomePregnant", i % 3 != 0);
        String path = "/api/v1/patients/" + patientId;
        post("/api/v1/patients", enrolment).statusCode(201);
        LocalDate sampled = TODAY.minusDays(2);
        post(
                        path + "/contraception",
                        Map.of(
                                "methods",
                                List.of("IUD", "CONDOM"),
                                "startedOn",
                                TODAY.minusDays(40).toString()))
                .statusCode(201);
        post(
                        path + "/pregnancy-tests",
                        Map.of("sampledOn", sampled.toString(), "result", "NEGATIVE", "method", "URINE"))
                .statusCode(201);
        post(
                        path + "/blood-tests",
                        Map.of(
                                "sampledOn",
                                sampled.toString(),
                                "fasting",
                                true,
                                "results",
                                List.of(
                                        Map.of(
                                                "analyte",
                                                "ALT",
                                                "value",
                                                20 + i,
                                                "unit",
                                                "U/L",
                                                "upperLimitOfNormal",
                                                40),
                                        Map.of("analyte", "TRIGLYCERIDES", "value", 1.5, "unit", "mmol/L"))))
                .statusCode(201);
        post(
                        path + "/weight",
                        Map.of(
                                "weightKg",
                                58 + i % 5,
                                "measuredOn",
                                TODAY.minusDays(1).toString()))
                .statusCode(201);
        post(path + "/prescriptions", Fixtures.prescription("RX-" + i, 20, 30)).statusCode(201);
        post(path + "/prescriptions", Fixtures.prescription("RX-" + i + "b", 20, 120))
                .statusCode(422);
        String term = i % 2 == 1 ? "DEPRESSION" : "DRY_LIPS";
        post(
                        path + "/side-effects",
                        Map.of("term", term, "grade", 2, "onsetOn", TODAY.toString(), "reportedBy", "NURSE"))
                .statusCode(201);
        return patientId;
    }

    /** Three events each straight onto the events topic, in the decider's wire format, and no state. */
    private static List<String> seedEventsWithoutTheDecider(String prefix) {
        List<String> patients = new ArrayList<>();
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        IsoLedgerTestEnvironment.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        10),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (int n = 0; n < SEEDED_PATIENTS; n++) {
                String patientId = prefix + n;
                BigDecimal weight = new BigDecimal("60.0").add(BigDecimal.valueOf(n % 20));
                List<Event> events = List.of(
                        new PatientEnrolled(
                                patientId,
                                Sex.FEMALE,
                                LocalDate.of(1999, 1, 1 + n % 28),
                                weight,
                                true,
                                TODAY.minusDays(n % 90)),
                        new WeightRecorded(patientId, weight.add(BigDecimal.ONE), TODAY.minusDays(n % 7)),
                        new SideEffectReported(
                                patientId,
                                SideEffectTerm.DRY_LIPS,
                                1 + n % 2,
                                TODAY.minusDays(1),
                                Reporter.PATIENT,
                                null,
                                false));
                for (int i = 0; i < events.size(); i++) {
                    producer.send(seeded(patientId, i + 1L, events.get(i)));
                }
                patients.add(patientId);
            }
            producer.flush();
        }
        return patients;
    }

    private static ProducerRecord<String, byte[]> seeded(String patientId, long sequence, Event event) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(
                headers,
                new EventMetadata(
                        EventMetadata.eventId(patientId, sequence),
                        EventTypes.ALL.of(event).ceType(),
                        "/isoledger",
                        patientId,
                        Instant.now(),
                        sequence,
                        null,
                        null,
                        "equality-test"));
        return new ProducerRecord<>(Topics.EVENTS, null, patientId, EventCodec.encode(event), headers);
    }

    /**
     * Has the decider store a state the events do not give, at the patient's version: the
     * enrolment forgotten. A restore on the commands topic is the only way in, as for an operator.
     */
    private static void damage(String patientId, PatientState truth) throws Exception {
        ObjectNode forgotten = WireJson.MAPPER.valueToTree(PatientState.initial(patientId));
        forgotten.put("version", truth.version());
        var restore = new StateRestore(
                UUID.randomUUID().toString(), WireJson.MAPPER.treeToValue(forgotten, PatientState.class));
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, IsoLedgerTestEnvironment.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.COMMANDS, patientId, CommandCodec.encode(restore)))
                    .get();
        }
    }
}
