package io.isoledger.testsupport;

import io.isoledger.http.Roles;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import org.junit.jupiter.api.BeforeEach;

/**
 * API tests call as the clinic's own system (prescriber and nurse) unless they say otherwise; the
 * authorization tests choose their tokens themselves.
 */
public abstract class AuthenticatedApiTest {

    public static final String CLINIC_SYSTEM = "clinic-system";

    @BeforeEach
    void authenticateAsTheClinic() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + Tokens.forRoles(CLINIC_SYSTEM, Roles.PRESCRIBER, Roles.NURSE))
                .build();
    }
}
