package io.isoledger.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The events topic is the source of truth: replaying it into empty read models gives the same rows. */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class ReplayTest extends AuthenticatedApiTest {

    private static final List<String> READ_MODELS = List.of(
            "select * from patient_summary order by patient_id",
            "select * from prescription order by id",
            "select * from blood_test order by id",
            "select * from blood_test_result order by id",
            "select * from side_effect order by id",
            "select * from event_history order by event_id",
            "select * from patient_state order by patient_id",
            "select * from projected_stream order by patient_id");

    @Inject
    EntityManager entityManager;

    @Test
    void rebuildingFromTheEventsTopic_throughTheAdminEndpoint_givesTheSameRows() {
        writeACourse();
        List<String> before = snapshot();
        assertThat(before).anyMatch(row -> row.contains("RX-replay"));

        as(Tokens.forRoles("ops-1", Roles.ADMIN))
                .post("/api/v1/admin/read-models/rebuild")
                .then()
                .statusCode(202);
        as(Tokens.forRoles("dr-1", Roles.PRESCRIBER))
                .post("/api/v1/admin/read-models/rebuild")
                .then()
                .statusCode(403);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(snapshot()).isEqualTo(before));
    }

    private void writeACourse() {
        String patientId = "P-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        post(
                "/api/v1/patients",
                Map.of(
                        "patientId",
                        patientId,
                        "sex",
                        "MALE",
                        "birthDate",
                        "1999-01-01",
                        "weightKg",
                        70,
                        "canBecomePregnant",
                        false));
        post(
                "/api/v1/patients/" + patientId + "/contraception",
                Map.of(
                        "methods",
                        List.of("CONDOM"),
                        "startedOn",
                        today.minusDays(45).toString()));
        post(
                "/api/v1/patients/" + patientId + "/blood-tests",
                Map.of(
                        "sampledOn",
                        today.minusDays(2).toString(),
                        "fasting",
                        false,
                        "results",
                        List.of(
                                Map.of("analyte", "ALT", "value", 19.5, "unit", "U/L", "upperLimitOfNormal", 40),
                                Map.of("analyte", "TRIGLYCERIDES", "value", 140, "unit", "mg/dL"))));
        post(
                "/api/v1/patients/" + patientId + "/prescriptions",
                Map.of(
                        "prescriptionId",
                        "RX-replay",
                        "strengthMg",
                        20,
                        "capsulesPerDay",
                        2,
                        "daysSupply",
                        60,
                        "startsOn",
                        today.toString(),
                        "prescriberId",
                        "DR-1"));
        post(
                "/api/v1/patients/" + patientId + "/side-effects",
                Map.of(
                        "term",
                        "DRY_SKIN",
                        "grade",
                        2,
                        "onsetOn",
                        today.minusDays(1).toString(),
                        "reportedBy",
                        "NURSE"));
    }

    private static void post(String path, Object body) {
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201);
    }

    private List<String> snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> rows = new ArrayList<>();
            for (String query : READ_MODELS) {
                for (Object row : entityManager.createNativeQuery(query).getResultList()) {
                    rows.add(row instanceof Object[] columns ? Arrays.toString(columns) : String.valueOf(row));
                }
            }
            return rows;
        });
    }
}
