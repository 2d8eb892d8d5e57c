package io.isoledger.gate;

import static io.isoledger.gate.GateApi.day;
import static io.isoledger.gate.GateApi.eligible;
import static io.isoledger.gate.GateApi.enrol;
import static io.isoledger.gate.GateApi.get;
import static io.isoledger.gate.GateApi.path;
import static io.isoledger.gate.GateApi.post;
import static io.isoledger.gate.GateApi.pregnancyTest;
import static io.isoledger.gate.GateApi.rx;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Facts take effect by their clinical date, never by the order they were typed: a backdated entry is
 * recorded and listed, and never overrides a newer fact (R3, R4, R7), over real HTTP, Kafka and
 * PostgreSQL.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class FactsByClinicalDateApiTest extends AuthenticatedApiTest {

    @Test
    void aWeightMeasuredIn2024_enteredAfterTodays45Kg_doesNotLet80MgPerDayPassR7() {
        String patientId = eligible();
        post(path(patientId) + "/weight", Map.of("weightKg", 45, "measuredOn", day(0)))
                .statusCode(201);
        post(path(patientId) + "/weight", Map.of("weightKg", 80, "measuredOn", "2024-05-01"))
                .statusCode(201);

        post(path(patientId) + "/prescriptions", rx("RX-1", 4, 30, 0))
                .statusCode(422)
                .body("violations.rule", contains("R7"))
                .body("violations[0].message", containsString("45 kg"));
        get(path(patientId)).statusCode(200).body("weightKg", equalTo(45)).body("inForce.weightKg", equalTo(45));
        get(path(patientId) + "?on=2025-01-01").statusCode(200).body("inForce.weightKg", equalTo(80));
        get(path(patientId) + "/events").body("data.weightKg", hasItems(45, 80));
    }

    @Test
    void aPregnancyDeclaredYesterday_isNotHiddenByAnOldNoneEnteredAfterIt_R3() {
        String patientId = eligible();
        post(path(patientId) + "/reproductive-status", Map.of("status", "PREGNANT", "declaredOn", day(-1)))
                .statusCode(201);
        post(path(patientId) + "/reproductive-status", Map.of("status", "NONE", "declaredOn", day(-300)))
                .statusCode(201);

        post(path(patientId) + "/prescriptions", rx("RX-1", 1, 30, 0))
                .statusCode(422)
                .body("violations.rule", hasItem("R3"));
        get(path(patientId))
                .body("reproductiveStatus", equalTo("PREGNANT"))
                .body("inForce.reproductiveStatus", equalTo("PREGNANT"));
    }

    @Test
    void aPositiveTestSampledAfterANegativeOne_stillBlocksR4_afterItsAlertIsResolved() {
        String patientId = eligible();
        String alertId = post(path(patientId) + "/pregnancy-tests", pregnancyTest(-1, "POSITIVE"))
                .statusCode(201)
                .body("events[1].data.rule", equalTo("R4"))
                .extract()
                .path("events[1].data.alertId");
        post(
                        path(patientId) + "/alerts/" + alertId + "/resolution",
                        Map.of("resolvedBy", "DR-7", "note", "referred to obstetrics"))
                .statusCode(201);

        post(path(patientId) + "/prescriptions", rx("RX-1", 1, 30, 0))
                .statusCode(422)
                .body("violations.rule", contains("R4"))
                .body("violations[0].message", containsString("after the positive result sampled on " + day(-1)));
        get(path(patientId)).body("inForce.positivePregnancyResultOn", equalTo(day(-1)));

        post(path(patientId) + "/pregnancy-tests", pregnancyTest(0, "NEGATIVE")).statusCode(201);
        post(path(patientId) + "/prescriptions", rx("RX-1", 1, 30, 0)).statusCode(201);
        get(path(patientId)).body("inForce.positivePregnancyResultOn", nullValue());
    }

    @Test
    void factsDatedInTheFuture_areA400NamingTheField_andAppendNothing() {
        String patientId = enrol();
        String tomorrow = day(1);
        post(path(patientId) + "/weight", Map.of("weightKg", 60, "measuredOn", tomorrow))
                .statusCode(400)
                .body("errors.field", contains("measuredOn"));
        post(path(patientId) + "/contraception", Map.of("methods", List.of("IUD"), "startedOn", tomorrow))
                .statusCode(400)
                .body("errors.field", contains("startedOn"));
        post(path(patientId) + "/contraception/stops", Map.of("methods", List.of("IUD"), "stoppedOn", tomorrow))
                .statusCode(400)
                .body("errors.field", contains("stoppedOn"));
        post(
                        path(patientId) + "/medications",
                        Map.of("name", "minocycline", "drugClass", "TETRACYCLINE", "startedOn", tomorrow))
                .statusCode(400)
                .body("errors.field", contains("startedOn"));
        post(path(patientId) + "/contraception-failures", Map.of("occurredOn", tomorrow, "kind", "MISSED_PILL"))
                .statusCode(400)
                .body("errors.field", contains("occurredOn"));
        post(
                        path(patientId) + "/reproductive-potential",
                        Map.of("canBecomePregnant", false, "changedOn", tomorrow, "reason", "STERILIZATION"))
                .statusCode(400)
                .body("errors.field", contains("changedOn"));
        get(path(patientId) + "/events").body("type", contains("PatientEnrolled"));
    }

    @Test
    void theSummary_showsTheFactsInForce_andEachOpenAlertWithWhatIsToBeDone() {
        String patientId = eligible();
        post(
                        path(patientId) + "/medications",
                        Map.of("name", "retinol", "drugClass", "VITAMIN_A", "startedOn", day(-3)))
                .statusCode(201);
        post(
                        path(patientId) + "/side-effects",
                        Map.of("term", "DEPRESSION", "grade", 2, "onsetOn", day(0), "reportedBy", "PATIENT"))
                .statusCode(201);

        get(path(patientId))
                .statusCode(200)
                .body("inForce.on", equalTo(day(0)))
                .body("inForce.canBecomePregnant", equalTo(true))
                .body("inForce.contraception.method", contains("IUD", "CONDOM"))
                .body("inForce.contraception[0].inUseSince", equalTo(day(-40)))
                .body("inForce.contraception[0].lastConfirmedOn", equalTo(day(0)))
                .body("inForce.medications.name", contains("retinol"))
                .body("inForce.latestNegativePregnancyTestOn", equalTo(day(-2)))
                .body("alerts.rule", contains("R10"))
                .body("alerts[0].action", containsString("Contact the patient"));
        post(path(patientId) + "/prescriptions", rx("RX-1", 1, 30, 0))
                .statusCode(422)
                .body("violations.rule", hasItems("R6", "R8"))
                .body("violations.rule", not(hasItem("R5")));
    }
}
