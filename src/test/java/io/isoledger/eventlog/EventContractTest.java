package io.isoledger.eventlog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** What an analytics consumer sees on the events topic: JSON values with CloudEvents headers. */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class EventContractTest extends AuthenticatedApiTest {

    @Test
    void events_carryCloudEventsHeaders_andARunOfSequenceNumbers() throws Exception {
        String patientId = "P-" + UUID.randomUUID().toString().substring(0, 8);
        String correlationId = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .header("X-Correlation-Id", correlationId)
                .body(Map.of(
                        "patientId",
                        patientId,
                        "sex",
                        "FEMALE",
                        "birthDate",
                        "2001-04-02",
                        "weightKg",
                        58.5,
                        "canBecomePregnant",
                        true))
                .post("/api/v1/patients")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("term", "HEADACHE", "grade", 1, "onsetOn", "2026-01-05", "reportedBy", "PATIENT"))
                .post("/api/v1/patients/" + patientId + "/side-effects")
                .then()
                .statusCode(201);

        List<ConsumerRecord<String, byte[]>> records = readEventsOf(patientId, 2);

        ConsumerRecord<String, byte[]> enrolled = records.get(0);
        assertThat(enrolled.key()).isEqualTo(patientId);
        assertThat(header(enrolled, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(enrolled, "ce_type")).isEqualTo("isoledger.PatientEnrolled.v2");
        assertThat(header(enrolled, "ce_subject")).isEqualTo(patientId);
        assertThat(header(enrolled, "ce_sequence")).isEqualTo("1");
        assertThat(header(enrolled, "ce_correlationid")).isEqualTo(correlationId);
        assertThat(header(enrolled, "ce_causationid")).isNotBlank();
        assertThat(header(enrolled, "ce_actor")).isEqualTo(AuthenticatedApiTest.CLINIC_SYSTEM);
        assertThat(header(enrolled, "ce_source")).isNotBlank();
        assertThat(header(enrolled, "content-type")).isEqualTo("application/json");
        assertThat(UUID.fromString(header(enrolled, "ce_id"))).isNotNull();
        assertThat(Instant.parse(header(enrolled, "ce_time"))).isNotNull();
        JsonNode data = WireJson.MAPPER.readTree(enrolled.value());
        assertThat(data.get("patientId").asText()).isEqualTo(patientId);
        assertThat(data.get("birthDate").asText()).isEqualTo("2001-04-02");

        ConsumerRecord<String, byte[]> reported = records.get(1);
        assertThat(header(reported, "ce_type")).isEqualTo("isoledger.SideEffectReported.v1");
        assertThat(header(reported, "ce_sequence")).isEqualTo("2");
        assertThat(reported.partition()).isEqualTo(enrolled.partition());
    }

    private static List<ConsumerRecord<String, byte[]>> readEventsOf(String patientId, int expected) {
        Properties config = new Properties();
        config.put("bootstrap.servers", IsoLedgerTestEnvironment.bootstrapServers());
        config.put("group.id", "contract-test-" + UUID.randomUUID());
        config.put("auto.offset.reset", "earliest");
        config.put("isolation.level", "read_committed");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.EVENTS));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (patientId.equals(r.key())) {
                        found.add(r);
                    }
                });
                return found.size() >= expected;
            });
        }
        return found;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
