package io.isoledger.security;

import static io.restassured.RestAssured.given;

import io.isoledger.api.Fixtures;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.ProjectionCaughtUp;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claim that holds the roles is a setting ({@code smallrye.jwt.path.groups}): deployed against
 * Entra ID, whose app roles come in {@code roles}, the service reads them there and nowhere else; a
 * {@code groups} claim then grants nothing, even in a token without {@code roles} (where SmallRye JWT
 * alone would fall back to it). (Keycloak's nested {@code realm_access/roles}:
 * {@code KeycloakSignInIT}.)
 */
@QuarkusTest
@TestProfile(RolesClaimTest.EntraIdRoles.class)
@WithTestResource(IsoLedgerTestEnvironment.class)
class RolesClaimTest {

    public static class EntraIdRoles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("smallrye.jwt.path.groups", "roles");
        }
    }

    @BeforeEach
    void caughtUp() {
        ProjectionCaughtUp.await();
    }

    @Test
    void theRolesClaim_grantsItsRoles_andTheGroupsClaimIsIgnored() {
        String token = Tokens.signed(Jwt.issuer(Tokens.ISSUER)
                .subject("entra-object-id-1")
                .claim("roles", List.of(Roles.NURSE))
                .groups(Roles.ANALYST));

        as(token).get("/api/v1/patients?attention=true").then().statusCode(200);
        as(token).get("/api/v1/analytics/side-effects").then().statusCode(403);
    }

    @Test
    void aTokenWithItsRolesOnlyInGroups_mayDoNothing() {
        String token = Tokens.forRoles("keycloak-shaped", Roles.NURSE, Roles.PRESCRIBER);

        as(token).get("/api/v1/patients?attention=true").then().statusCode(403);
    }

    @Test
    void aPatientsRoleInTheRolesClaim_reachesTheRecordItsPatientIdNames() {
        String patientId = Fixtures.newPatientId();
        String nurse =
                Tokens.signed(Jwt.issuer(Tokens.ISSUER).subject("entra-nurse").claim("roles", List.of(Roles.NURSE)));
        as(nurse)
                .body(Fixtures.enrolment(patientId))
                .post("/api/v1/patients")
                .then()
                .statusCode(201);
        String patient = Tokens.signed(Jwt.issuer(Tokens.ISSUER)
                .subject("entra-patient")
                .claim("roles", List.of(Roles.PATIENT))
                .claim(Roles.PATIENT_ID_CLAIM, patientId));

        as(patient).get("/api/v1/patients/" + patientId).then().statusCode(200);
        as(patient).get("/api/v1/patients/" + Fixtures.newPatientId()).then().statusCode(403);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
