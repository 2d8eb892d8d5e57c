package io.isoledger.security;

import static io.restassured.RestAssured.given;

import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Tokens are verified against the keys a hospital's OIDC provider publishes at a JWKS URL
 * ({@code mp.jwt.verify.publickey.location}), as well as against a PEM file: the key named in a
 * token's header is looked up in the set.
 */
@QuarkusTest
@WithTestResource(value = IsoLedgerTestEnvironment.class, initArgs = @ResourceArg(name = "token-keys", value = "jwks"))
class JwksVerificationTest {

    @Test
    void aTokenSignedWithTheProvidersCurrentKey_isAccepted() {
        given().auth()
                .oauth2(Tokens.fromTheJwksProvider("clinic-system", Roles.NURSE))
                .get("/api/v1/patients?attention=true")
                .then()
                .statusCode(200);
    }

    @Test
    void aTokenSignedWithAKeyTheProviderDoesNotPublish_isRefused() {
        given().auth()
                .oauth2(Tokens.fromAStranger())
                .get("/api/v1/patients?attention=true")
                .then()
                .statusCode(401);
    }

    @Test
    void aTokenSignedWithTheDevelopmentKey_isRefused_whenTheServiceTrustsTheProvider() {
        given().auth()
                .oauth2(Tokens.forRoles("clinic-system", Roles.NURSE))
                .get("/api/v1/patients?attention=true")
                .then()
                .statusCode(401);
    }
}
