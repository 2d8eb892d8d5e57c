package io.isoledger.api;

import static io.isoledger.api.Fixtures.eligibility;
import static io.isoledger.api.Fixtures.enrol;
import static io.isoledger.api.Fixtures.newPatientId;
import static io.isoledger.api.Fixtures.patientPath;
import static io.isoledger.api.Fixtures.post;
import static io.isoledger.api.Fixtures.recently;
import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pregnancy prevention programme over HTTP (R3, R4, R5) and the resolution of the alerts it
 * raises (R8). See also {@link LifecycleApiTestTreatmentTest} and {@link LifecycleApiTestWorklistTest}.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class LifecycleApiTest extends AuthenticatedApiTest {

    private static final Map<String, Object> RESOLUTION = Map.of("resolvedBy", "DR-7", "note", "Repeat test negative.");

    @Test
    void declaringPregnant_answers201_andEligibilityListsR3() {
        String patientId = enrol();
        post(
                        patientPath(patientId) + "/reproductive-status",
                        Map.of("status", "PREGNANT", "declaredOn", recently().toString()))
                .statusCode(201)
                .body("events.type", contains("ReproductiveStatusDeclared"))
                .body("events[0].data.status", equalTo("PREGNANT"));

        get(patientPath(patientId)).then().body("reproductiveStatus", equalTo("PREGNANT"));
        eligibility(patientId).statusCode(200).body("eligible", equalTo(false)).body("violations.rule", hasItem("R3"));
    }

    @Test
    void declaringAnUnknownStatus_isA400NamingStatus() {
        String patientId = enrol();
        post(
                        patientPath(patientId) + "/reproductive-status",
                        Map.of("status", "MAYBE", "declaredOn", recently().toString()))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("status"));
    }

    @Test
    void declaringForAnUnknownPatient_isA404() {
        post(
                        patientPath(newPatientId()) + "/reproductive-status",
                        Map.of("status", "NONE", "declaredOn", recently().toString()))
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aNegativePregnancyTest_answers201_andRaisesNoAlert() {
        String patientId = enrol();
        post(patientPath(patientId) + "/pregnancy-tests", pregnancyTest("NEGATIVE"))
                .statusCode(201)
                .body("events.type", contains("PregnancyTestRecorded"));
        get(patientPath(patientId) + "/alerts").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aPositivePregnancyTest_raisesABlockingR4Alert_untilAClinicianResolvesIt() {
        String patientId = enrol();
        String alertId = post(patientPath(patientId) + "/pregnancy-tests", pregnancyTest("POSITIVE"))
                .statusCode(201)
                .body("events.type", contains("PregnancyTestRecorded", "SafetyAlertRaised"))
                .body("events[1].data.rule", equalTo("R4"))
                .body("events[1].data.blocking", equalTo(true))
                .extract()
                .path("events[1].data.alertId");

        get(patientPath(patientId) + "/alerts")
                .then()
                .statusCode(200)
                .body("alertId", contains(alertId))
                .body("[0].rule", equalTo("R4"))
                .body("[0].status", equalTo("OPEN"))
                .body("[0].blocking", equalTo(true));
        get(patientPath(patientId)).then().body("openAlerts", equalTo(1));
        eligibility(patientId)
                .statusCode(200)
                .body("eligible", equalTo(false))
                .body("violations.rule", hasItems("R4", "R8"));

        post(patientPath(patientId) + "/alerts/" + alertId + "/resolution", RESOLUTION)
                .statusCode(201)
                .body("events.type", contains("SafetyAlertResolved"));
        get(patientPath(patientId) + "/alerts")
                .then()
                .body("[0].status", equalTo("RESOLVED"))
                .body("[0].resolution.resolvedBy", equalTo("DR-7"));
        get(patientPath(patientId)).then().body("openAlerts", equalTo(0));
        eligibility(patientId).body("violations.rule", not(hasItem("R8")));

        post(patientPath(patientId) + "/alerts/" + alertId + "/resolution", RESOLUTION)
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void resolvingAnUnknownAlert_isA404_andAMalformedAlertId_isA400() {
        String patientId = enrol();
        post(patientPath(patientId) + "/alerts/AL-999/resolution", RESOLUTION)
                .statusCode(404)
                .contentType("application/problem+json");
        post(patientPath(patientId) + "/alerts/X1/resolution", RESOLUTION)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("alertId"));
    }

    @Test
    void confirmingContraception_answers201_andSatisfiesR5() {
        String patientId = enrol();
        eligibility(patientId).body("violations.rule", hasItem("R5"));
        post(patientPath(patientId) + "/contraception", contraception(List.of("IUD", "CONDOM")))
                .statusCode(201)
                .body("events.type", contains("ContraceptionConfirmed"));
        eligibility(patientId).statusCode(200).body("violations.rule", not(hasItem("R5")));
    }

    @Test
    void confirmingNoMethod_orAnUnknownOne_isA400NamingMethods() {
        String patientId = enrol();
        post(patientPath(patientId) + "/contraception", contraception(List.of()))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("methods"));
        post(patientPath(patientId) + "/contraception", contraception(List.of("IUD", "WISHFUL_THINKING")))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith("methods")));
        get(patientPath(patientId) + "/events").then().body("type", contains("PatientEnrolled"));
    }

    @Test
    void aManWithoutContraception_isBlockedByR5_underTheDefaultProfile() {
        String patientId = enrol(Fixtures.maleEnrolment(newPatientId()));
        eligibility(patientId)
                .statusCode(200)
                .body("violations.rule", hasItem("R5"))
                .body("violations.rule", not(hasItem("R4")));
    }

    private static Map<String, Object> pregnancyTest(String result) {
        return Map.of("sampledOn", recently().toString(), "result", result, "method", "URINE");
    }

    private static Map<String, Object> contraception(List<String> methods) {
        return Map.of("methods", methods, "startedOn", recently().minusDays(40).toString());
    }
}
