package io.isoledger.calendar;

import static io.isoledger.api.Fixtures.post;
import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.MovableClock;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pharmacy's window under jp-clinic: a prescription is handed over within 7 days of its issue
 * (R22), no more capsules than prescribed (R23), once; not handed over in time, it expires and no
 * longer counts as supply in hand, nor in the patient summary's dose and supply.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class DispensingApiTest extends AuthenticatedApiTest {

    @AfterEach
    void backToToday() {
        MovableClock.reset();
    }

    @Test
    void aPharmacistDispensesWithinTheWindow_once() {
        String patientId = Course.started();
        get(Course.path(patientId))
                .then()
                .body("supplies.prescriptionId", contains("RX-1"))
                .body("supplies[0].status", equalTo("PENDING"))
                .body("supplies[0].dispenseBy", equalTo(Course.day(7)));
        post(Course.path(patientId) + "/prescriptions/RX-1/dispensing", dispensing(Course.day(0), 30))
                .statusCode(422)
                .body("violations.rule", contains("R23"));
        as(Tokens.forRoles("pharmacy-1", Roles.PHARMACIST))
                .contentType(ContentType.JSON)
                .body(dispensing(Course.day(0), 20))
                .post(Course.path(patientId) + "/prescriptions/RX-1/dispensing")
                .then()
                .statusCode(201)
                .body("events.type", contains("PrescriptionDispensed"))
                .body("events[0].data.pharmacyId", equalTo("PH-12"));
        post(Course.path(patientId) + "/prescriptions/RX-1/dispensing", dispensing(Course.day(0), 20))
                .statusCode(409);
        get(Course.path(patientId) + "/prescriptions/RX-1")
                .then()
                .body("status", equalTo("DISPENSED"))
                .body("dispenseBy", equalTo(Course.day(7)))
                .body("dispensing.quantity", equalTo(20));
        get(Course.path(patientId)).then().body("supplies[0].status", equalTo("DISPENSED"));
    }

    @Test
    void aNurse_mayNotDispense() {
        String patientId = Course.started();
        as(Tokens.forRoles("nurse-1", Roles.NURSE))
                .contentType(ContentType.JSON)
                .body(dispensing(Course.day(0), 20))
                .post(Course.path(patientId) + "/prescriptions/RX-1/dispensing")
                .then()
                .statusCode(403);
    }

    @Test
    void afterTheWindow_dispensingIsRefusedWithR22_andTheSupplyExpires() {
        String patientId = Course.started();
        int prescribedMg = get(Course.path(patientId)).then().extract().path("cumulativeDoseMg");
        assertThat(prescribedMg).isPositive();
        MovableClock.travel(Duration.ofDays(8));

        post(Course.path(patientId) + "/prescriptions/RX-1/dispensing", dispensing(Course.day(8), 20))
                .statusCode(422)
                .body("violations.rule", hasItem("R22"))
                .body("violations.message", hasItem(containsString("expired undispensed after " + Course.day(7))));
        get(Course.path(patientId) + "/prescriptions/RX-1")
                .then()
                .body("status", equalTo("EXPIRED"))
                .body("expiredOn", equalTo(Course.day(8)));
        get(Course.path(patientId) + "/events").then().body("type", hasItem("PrescriptionExpired"));
        get(Course.path(patientId))
                .then()
                .body("supplies[0].status", equalTo("EXPIRED"))
                .body("status", equalTo("IN_TREATMENT"))
                .body("cumulativeDoseMg", equalTo(0))
                .body("supplyEndsOn", nullValue())
                .body("restrictions.contraceptionRequiredUntil", nullValue());
    }

    @Test
    void aSupplyLeftAtThePharmacy_expiresOnTheSweep_withoutAnyCommand() {
        String patientId = Course.started();
        MovableClock.travel(Duration.ofDays(8));

        // isoledger.dispensing.expiry-sweep-interval is 5 s in tests
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(Course.path(patientId) + "/prescriptions/RX-1")
                .then()
                .body("status", equalTo("EXPIRED"))
                .body("expiredOn", equalTo(Course.day(8))));
        get(Course.path(patientId) + "/events")
                .then()
                .body("findAll { it.type == 'PrescriptionExpired' }.actor", contains("isoledger"));
    }

    @Test
    void anUnknownPrescription_isA404() {
        String patientId = Course.started();
        post(Course.path(patientId) + "/prescriptions/RX-404/dispensing", dispensing(Course.day(0), 20))
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static Map<String, Object> dispensing(String day, int quantity) {
        return Map.of("dispensedOn", day, "pharmacyId", "PH-12", "quantity", quantity);
    }
}
