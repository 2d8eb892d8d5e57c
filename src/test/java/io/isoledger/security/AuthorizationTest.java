package io.isoledger.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may do what: no token 401, a wrong role 403, a patient only their own record. */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class AuthorizationTest {

    private final String nurse = Tokens.forRoles("nurse-ana", Roles.NURSE);
    private final String prescriber = Tokens.forRoles("dr-sato", Roles.PRESCRIBER);
    private final String pharmacist = Tokens.forRoles("pharm-li", Roles.PHARMACIST);
    private final String analyst = Tokens.forRoles("analyst-kim", Roles.ANALYST);
    private final String admin = Tokens.forRoles("ops-1", Roles.ADMIN);
    private String patientId;

    @BeforeEach
    void enrolAPatientAsANurse() {
        RestAssured.requestSpecification = null;
        patientId = "P-" + UUID.randomUUID().toString().substring(0, 10);
        as(nurse)
                .body(Map.of(
                        "patientId",
                        patientId,
                        "sex",
                        "MALE",
                        "birthDate",
                        "1995-05-05",
                        "weightKg",
                        70,
                        "canBecomePregnant",
                        false))
                .post("/api/v1/patients")
                .then()
                .statusCode(201);
    }

    @Test
    void noToken_is401Problem_withABearerChallenge() {
        given().get("/api/v1/patients/" + patientId)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aTokenSignedByAStranger_is401() {
        as(Tokens.fromAStranger()).get("/api/v1/patients/" + patientId).then().statusCode(401);
    }

    @Test
    void aKnownTokenWithAnotherSignature_is401() {
        as(nurse).get("/api/v1/patients/" + patientId).then().statusCode(200);
        String tampered = nurse.substring(0, nurse.length() - 2) + (nurse.endsWith("AA") ? "BB" : "AA");

        as(tampered).get("/api/v1/patients/" + patientId).then().statusCode(401);
        as(nurse).get("/api/v1/patients/" + patientId).then().statusCode(200);
    }

    @Test
    void everyEvent_recordsTheTokensSubjectAsActor() {
        as(prescriber)
                .get("/api/v1/patients/" + patientId + "/events")
                .then()
                .statusCode(200)
                .body("actor", everyItem(equalTo("nurse-ana")));
    }

    @Test
    void aNurse_mayNotIssuePrescriptionsNorResolveAlerts() {
        as(nurse)
                .body(Map.of(
                        "prescriptionId",
                        "RX-1",
                        "strengthMg",
                        20,
                        "capsulesPerDay",
                        1,
                        "daysSupply",
                        30,
                        "startsOn",
                        LocalDate.now().toString(),
                        "prescriberId",
                        "DR-1"))
                .post("/api/v1/patients/" + patientId + "/prescriptions")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(nurse)
                .body(Map.of("resolvedBy", "N-1", "note", "fine"))
                .post("/api/v1/patients/" + patientId + "/alerts/AL-2/resolution")
                .then()
                .statusCode(403);
        as(nurse)
                .body(Map.of("endedOn", LocalDate.now().toString(), "reason", "COMPLETED"))
                .post("/api/v1/patients/" + patientId + "/treatment-end")
                .then()
                .statusCode(403);
    }

    @Test
    void aPharmacist_readsPrescriptions_butRecordsNothing() {
        as(pharmacist)
                .get("/api/v1/patients/" + patientId + "/prescriptions")
                .then()
                .statusCode(200);
        as(pharmacist)
                .body(Map.of(
                        "weightKg",
                        71,
                        "measuredOn",
                        LocalDate.now().minusDays(1).toString()))
                .post("/api/v1/patients/" + patientId + "/weight")
                .then()
                .statusCode(403);
    }

    @Test
    void aPatient_readsAndReportsOnlyTheirOwnRecord() {
        String own = Tokens.forPatient(patientId);
        as(own).get("/api/v1/patients/" + patientId).then().statusCode(200);
        as(own).body(sideEffect())
                .post("/api/v1/patients/" + patientId + "/side-effects")
                .then()
                .statusCode(201);
        as(own).get("/api/v1/patients/" + patientId + "/side-effects")
                .then()
                .statusCode(200)
                .body("", hasSize(1));

        String other = "P-" + UUID.randomUUID().toString().substring(0, 10);
        as(own).get("/api/v1/patients/" + other).then().statusCode(403);
        as(own).body(sideEffect())
                .post("/api/v1/patients/" + other + "/side-effects")
                .then()
                .statusCode(403);
        as(own).get("/api/v1/patients?attention=true").then().statusCode(403);
        as(own).body(Map.of(
                        "weightKg",
                        71,
                        "measuredOn",
                        LocalDate.now().minusDays(1).toString()))
                .post("/api/v1/patients/" + patientId + "/weight")
                .then()
                .statusCode(403);
    }

    @Test
    void anAnalyst_readsAnalytics_neverAPatientsRecord() {
        as(analyst).get("/api/v1/analytics/side-effects").then().statusCode(200);
        as(analyst).get("/api/v1/patients/" + patientId).then().statusCode(403);
        as(analyst).get("/api/v1/patients/" + patientId + "/events").then().statusCode(403);
    }

    @Test
    void anAdmin_hasNoClinicalAccess() {
        as(admin).get("/api/v1/patients/" + patientId).then().statusCode(403);
        as(admin)
                .body(sideEffect())
                .post("/api/v1/patients/" + patientId + "/side-effects")
                .then()
                .statusCode(403);
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
                "PATIENT");
    }

    private static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }
}
