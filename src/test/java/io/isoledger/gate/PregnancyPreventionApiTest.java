package io.isoledger.gate;

import static io.isoledger.gate.GateApi.day;
import static io.isoledger.gate.GateApi.eligible;
import static io.isoledger.gate.GateApi.enrol;
import static io.isoledger.gate.GateApi.get;
import static io.isoledger.gate.GateApi.path;
import static io.isoledger.gate.GateApi.post;
import static io.isoledger.gate.GateApi.rx;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.isoledger.api.Fixtures;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contraception as intervals (R5) and reproductive potential as a fact of its own, over HTTP. */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class PregnancyPreventionApiTest extends AuthenticatedApiTest {

    @Test
    void stoppingTheMethodsInUse_failsR5FromThatDay_andIsListedInTheEvents() {
        String patientId = eligible();
        post(path(patientId) + "/contraception/stops", Map.of("stoppedOn", day(0), "methods", List.of("IUD", "CONDOM")))
                .statusCode(201)
                .body("events.type", contains("ContraceptionStopped"))
                .body("events[0].data.methods", containsInAnyOrder("IUD", "CONDOM"));

        get(path(patientId) + "/prescription-eligibility")
                .statusCode(200)
                .body("violations.rule", contains("R5"))
                .body("violations[0].message", containsString("no method"));
        get(path(patientId) + "?on=" + day(-1)).body("inForce.contraception.method", contains("IUD", "CONDOM"));
    }

    @Test
    void aMethodStartedOnlyYesterday_failsR5sLeadTime_beforeTheFirstSupply() {
        String patientId = eligible();
        post(
                        path(patientId) + "/contraception/stops",
                        Map.of("stoppedOn", day(-10), "methods", List.of("IUD", "CONDOM")))
                .statusCode(201);
        post(path(patientId) + "/contraception", Map.of("methods", List.of("IMPLANT"), "startedOn", day(-1)))
                .statusCode(201);

        post(path(patientId) + "/prescriptions", rx("RX-1", 1, 30, 0))
                .statusCode(422)
                .body("violations.rule", contains("R5"))
                .body("violations[0].message", containsString("without a break since " + day(-30)));
    }

    @Test
    void aConfirmationBeforeItsStart_isA400NamingConfirmedOn() {
        String patientId = enrol();
        post(
                        path(patientId) + "/contraception",
                        Map.of("methods", List.of("IUD"), "startedOn", day(-5), "confirmedOn", day(-6)))
                .statusCode(400)
                .body("errors.field", contains("confirmedOn"));
    }

    @Test
    void aChangeOfReproductivePotential_isRecordedWithWhoAndWhy_andR4FollowsItFromThatDay() {
        String patientId = enrol();
        get(path(patientId) + "/prescription-eligibility").body("violations.rule", hasItem("R4"));

        post(
                        path(patientId) + "/reproductive-potential",
                        Map.of("canBecomePregnant", false, "changedOn", day(-1), "reason", "STERILIZATION"))
                .statusCode(201)
                .body("events.type", contains("ReproductivePotentialChanged"))
                .body("events[0].data.reason", equalTo("STERILIZATION"))
                .body("events[0].data.recordedBy", equalTo(AuthenticatedApiTest.CLINIC_SYSTEM));

        get(path(patientId) + "/prescription-eligibility").body("violations.rule", not(hasItem("R4")));
        get(path(patientId))
                .body("canBecomePregnant", equalTo(false))
                .body("inForce.canBecomePregnant", equalTo(false));
        get(path(patientId) + "?on=" + day(-2)).body("inForce.canBecomePregnant", equalTo(true));
    }

    @Test
    void newEndpoints_answer404ForAnUnknownPatient_and400ForBadInput() {
        String unknown = Fixtures.newPatientId();
        post(path(unknown) + "/contraception/stops", Map.of("stoppedOn", day(0), "methods", List.of("IUD")))
                .statusCode(404)
                .contentType("application/problem+json");
        post(path(unknown) + "/contraception-failures", Map.of("occurredOn", day(0), "kind", "MISSED_PILL"))
                .statusCode(404);
        post(
                        path(unknown) + "/reproductive-potential",
                        Map.of("canBecomePregnant", true, "changedOn", day(0), "reason", "MENARCHE"))
                .statusCode(404);

        String patientId = enrol();
        post(path(patientId) + "/contraception/stops", Map.of("stoppedOn", day(0), "methods", List.of()))
                .statusCode(400)
                .body("errors.field", hasItem("methods"));
        post(path(patientId) + "/contraception-failures", Map.of("occurredOn", day(0), "kind", "FORGOT"))
                .statusCode(400)
                .body("errors.field", hasItem("kind"));
        post(path(patientId) + "/reproductive-potential", Map.of("changedOn", day(0), "reason", "MENARCHE"))
                .statusCode(400)
                .body("errors.field", hasItem("canBecomePregnant"));
        get(path(patientId) + "/events").body("type", contains("PatientEnrolled"));
    }
}
