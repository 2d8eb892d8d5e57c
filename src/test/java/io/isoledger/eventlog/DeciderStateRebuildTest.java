package io.isoledger.eventlog;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isoledger.domain.PatientState;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The decider's state is a copy: when it is damaged, the admin rebuild folds the events topic again
 * and the patient's stream goes on where the events say, with no gap.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class DeciderStateRebuildTest extends AuthenticatedApiTest {

    @Test
    void aDamagedState_isRebuiltFromTheEvents_andTheStreamGoesOnWithoutAGap() throws Exception {
        String patientId = "P-" + UUID.randomUUID().toString().substring(0, 10);
        post(
                        "/api/v1/patients",
                        Map.of(
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
                .statusCode(201);
        post("/api/v1/patients/" + patientId + "/side-effects", sideEffect())
                .statusCode(201)
                .body("version", equalTo(2));

        // Damage: the stored state forgets the patient, at the same version.
        ObjectNode forgotten = WireJson.MAPPER.valueToTree(PatientState.initial(patientId));
        forgotten.put("version", 2);
        damage(new StateRestore(
                UUID.randomUUID().toString(), WireJson.MAPPER.treeToValue(forgotten, PatientState.class)));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> post("/api/v1/patients/" + patientId + "/side-effects", sideEffect())
                        .statusCode(404));

        as(Tokens.forRoles("ops-1", Roles.ADMIN))
                .post("/api/v1/admin/decider-state/rebuild")
                .then()
                .statusCode(200)
                .body("patients", greaterThanOrEqualTo(1))
                .body("restored", greaterThanOrEqualTo(1));

        post("/api/v1/patients/" + patientId + "/side-effects", sideEffect())
                .statusCode(201)
                .body("version", equalTo(3));
        given().get("/api/v1/patients/" + patientId + "/events")
                .then()
                .body("sequence", org.hamcrest.Matchers.contains(1, 2, 3));
    }

    private static void damage(StateRestore restore) throws Exception {
        Properties config = new Properties();
        config.put("bootstrap.servers", IsoLedgerTestEnvironment.bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.COMMANDS, restore.patientId(), CommandCodec.encode(restore)))
                    .get();
        }
    }

    private static Map<String, Object> sideEffect() {
        return Map.of(
                "term",
                "DRY_LIPS",
                "grade",
                1,
                "onsetOn",
                LocalDate.now().minusDays(2).toString(),
                "reportedBy",
                "NURSE");
    }

    private static io.restassured.response.ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .log()
                .ifValidationFails();
    }
}
