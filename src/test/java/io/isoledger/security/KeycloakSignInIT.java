package io.isoledger.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.isoledger.api.Fixtures;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.KeycloakServer;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Sign-in through a real Keycloak with the realm {@code docker/} ships
 * ({@code docker/keycloak/isoledger-realm.json}): the packaged service, configured as the compose stack
 * configures it (the realm's issuer and JWKS, roles from {@code realm_access/roles}, the API client in
 * the audience), accepts the tokens Keycloak issues to the realm's users with the password grant,
 * gives each user its role's rights, keeps the patient user to the record its {@code patient_id}
 * attribute names, and refuses a token of another realm that grants the very same roles.
 */
@QuarkusIntegrationTest
@WithTestResource(
        value = IsoLedgerTestEnvironment.class,
        initArgs = @ResourceArg(name = "token-keys", value = "keycloak"))
class KeycloakSignInIT {

    /** The patient user's {@code patient_id} attribute in the realm file. */
    private static final String THE_PATIENT_USERS_ID = "P-1001";

    @Test
    void aPrescribersToken_fromTheRealm_enrolsAPatient_andTheEventsNameTheKeycloakUserAsActor() {
        String prescriber = token("prescriber");
        String patientId = enrol(prescriber, Fixtures.newPatientId());

        as(prescriber)
                .get("/api/v1/patients/" + patientId + "/events")
                .then()
                .statusCode(200)
                .body("actor", everyItem(equalTo(claim(prescriber, "sub").asText())));
    }

    @Test
    void eachUser_hasTheRightsOfTheRealmRoleKeycloakGaveIt() {
        String patientId = enrol(token("nurse"), Fixtures.newPatientId());

        as(token("pharmacist"))
                .get("/api/v1/patients/" + patientId + "/prescriptions")
                .then()
                .statusCode(200);
        String analyst = token("analyst");
        as(analyst).get("/api/v1/analytics/side-effects").then().statusCode(200);
        as(analyst).get("/api/v1/patients/" + patientId).then().statusCode(403);
        as(token("admin")).get("/api/v1/patients/" + patientId).then().statusCode(403);
        as(token("nurse"))
                .body(Fixtures.prescription("RX-1", 20, 30))
                .post("/api/v1/patients/" + patientId + "/prescriptions")
                .then()
                .statusCode(403);
    }

    @Test
    void thePatientUser_readsTheRecordItsPatientIdClaimNames_andNoOther() {
        String patient = token("patient");
        assertThat(claim(patient, "patient_id").asText()).isEqualTo(THE_PATIENT_USERS_ID);
        enrol(token("prescriber"), THE_PATIENT_USERS_ID);
        String someoneElse = enrol(token("prescriber"), Fixtures.newPatientId());

        as(patient).get("/api/v1/patients/" + THE_PATIENT_USERS_ID).then().statusCode(200);
        as(patient).get("/api/v1/patients/" + someoneElse).then().statusCode(403);
    }

    @Test
    void aTokenOfAnotherRealm_withTheSameUsersAndRoles_isRefused() {
        String stranger = KeycloakServer.accessToken(KeycloakServer.OTHER_REALM, "prescriber");
        assertThat(claim(stranger, "realm_access").path("roles").toString()).contains("\"prescriber\"");
        assertThat(claim(stranger, "iss").asText()).endsWith("/realms/" + KeycloakServer.OTHER_REALM);

        as(stranger).get("/api/v1/patients?attention=true").then().statusCode(401);
        as(token("prescriber")).get("/api/v1/patients?attention=true").then().statusCode(200);
    }

    @Test
    void noToken_isRefused() {
        given().get("/api/v1/patients?attention=true").then().statusCode(401);
    }

    @Test
    void theTokensCarryTheShapeTheReadmeDescribes() {
        JsonNode claims = payload(token("nurse"));
        // Fetched from 127.0.0.1, issued as localhost: the issuer is Keycloak's hostname, as in compose.
        assertThat(claims.path("iss").asText())
                .isEqualTo(KeycloakServer.url().replace("127.0.0.1", "localhost") + "/realms/" + KeycloakServer.REALM);
        assertThat(claims.path("aud").toString()).contains(KeycloakServer.CLIENT);
        assertThat(claims.path("realm_access").path("roles").toString()).contains("nurse");
        // No groups claim: the roles can only have come from realm_access/roles.
        assertThat(claims.has("groups")).isFalse();
        // The API's tokens carry no name or e-mail address (the profile and email scopes are optional).
        assertThat(claims.has("name")).isFalse();
        assertThat(claims.has("email")).isFalse();
    }

    private static String enrol(String token, String patientId) {
        as(token)
                .body(Fixtures.enrolment(patientId))
                .post("/api/v1/patients")
                .then()
                .statusCode(201);
        return patientId;
    }

    private static String token(String username) {
        return KeycloakServer.accessToken(KeycloakServer.REALM, username);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static JsonNode claim(String token, String name) {
        return payload(token).path(name);
    }

    private static JsonNode payload(String token) {
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
