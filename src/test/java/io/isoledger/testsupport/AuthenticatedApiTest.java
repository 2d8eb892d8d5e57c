package io.isoledger.testsupport;

import io.isoledger.web.auth.Roles;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;

/**
 * API tests call as the clinic's own system (prescriber and nurse) unless they say otherwise; the
 * authorization tests choose their tokens themselves.
 */
public abstract class AuthenticatedApiTest {

    public static final String CLINIC_SYSTEM = "clinic-system";

    /** A request with another token than the clinic's: it replaces the default Authorization header. */
    protected static RequestSpecification as(String token) {
        return RestAssured.given()
                .config(RestAssuredConfig.config()
                        .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization")))
                .header("Authorization", "Bearer " + token);
    }

    @BeforeEach
    void authenticateAsTheClinic() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + Tokens.forRoles(CLINIC_SYSTEM, Roles.PRESCRIBER, Roles.NURSE))
                .build();
    }
}
