package io.isoledger.gate;

import static io.isoledger.gate.GateApi.day;
import static io.isoledger.gate.GateApi.eligible;
import static io.isoledger.gate.GateApi.get;
import static io.isoledger.gate.GateApi.lab;
import static io.isoledger.gate.GateApi.panel;
import static io.isoledger.gate.GateApi.path;
import static io.isoledger.gate.GateApi.post;
import static io.isoledger.gate.GateApi.pregnancyTest;
import static io.isoledger.gate.GateApi.rx;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.MovableClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every sign of harm during a course raises its alert the moment it is recorded, not at the next
 * prescription: pregnancy (R18), interacting drugs (R19), a procedure a new supply brings into
 * conflict (R12).
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class HarmSignalsApiTest extends AuthenticatedApiTest {

    private static final String STOP = "Stop isotretinoin and contact the prescriber.";

    @Test
    void aPregnancyDeclaredDuringACourse_raisesABlockingR18Alert_atOnce() {
        String patientId = inTreatment();
        post(path(patientId) + "/reproductive-status", Map.of("status", "PREGNANT", "declaredOn", day(0)))
                .statusCode(201)
                .body("events.type", contains("ReproductiveStatusDeclared", "SafetyAlertRaised"))
                .body("events[1].data.rule", equalTo("R18"))
                .body("events[1].data.blocking", equalTo(true))
                .body("events[1].data.reason", containsString(STOP));
        get(path(patientId)).body("alerts.rule", contains("R18")).body("alerts[0].action", equalTo(STOP));
    }

    @Test
    void aPositivePregnancyTestDuringACourse_raisesR18() {
        String patientId = inTreatment();
        post(path(patientId) + "/pregnancy-tests", pregnancyTest(0, "POSITIVE"))
                .statusCode(201)
                .body("events[1].data.rule", equalTo("R18"))
                .body("events[1].data.reason", containsString(STOP));
    }

    @Test
    void hcgInABloodPanelDuringACourse_raisesR18() {
        String patientId = inTreatment();
        post(path(patientId) + "/blood-tests", panel(0, lab("HCG", 40, "mIU/mL")))
                .statusCode(201)
                .body("events[1].data.rule", equalTo("R18"));
    }

    @Test
    void aContraceptionFailureDuringACourse_raisesR18_andBeforeAnyCourse_raisesNothing() {
        String before = eligible();
        post(path(before) + "/contraception-failures", Map.of("occurredOn", day(0), "kind", "CONDOM_FAILURE"))
                .statusCode(201)
                .body("events.type", contains("ContraceptionFailureReported"));

        String patientId = inTreatment();
        post(
                        path(patientId) + "/contraception-failures",
                        Map.of("occurredOn", day(0), "kind", "MISSED_PILL", "notes", "two pills missed"))
                .statusCode(201)
                .body("events.type", contains("ContraceptionFailureReported", "SafetyAlertRaised"))
                .body("events[0].data.kind", equalTo("MISSED_PILL"))
                .body("events[1].data.rule", equalTo("R18"))
                .body("events[1].data.reason", containsString(STOP));
    }

    @Test
    void minocyclineStartedDuringACourse_raisesABlockingR19Alert_once() {
        String patientId = inTreatment();
        post(
                        path(patientId) + "/medications",
                        Map.of("name", "minocycline", "drugClass", "TETRACYCLINE", "startedOn", day(0)))
                .statusCode(201)
                .body("events[1].data.rule", equalTo("R19"))
                .body("events[1].data.blocking", equalTo(true));
        post(
                        path(patientId) + "/medications",
                        Map.of(
                                "name",
                                "Minocycline",
                                "drugClass",
                                "TETRACYCLINE",
                                "startedOn",
                                day(0),
                                "stoppedOn",
                                day(0)))
                .statusCode(201)
                .body("events.type", contains("ConcomitantMedicationRecorded"));
    }

    @Test
    void aLaserClearOfTheFirstSupply_broughtIntoConflictByTheNextOne_raisesAnR12Alert() {
        String patientId = inTreatment();
        // The first supply ends on day 29, so laser is allowed from day 209; the second, from day 23,
        // ends on day 52 and moves that to day 232.
        post(path(patientId) + "/procedures", Map.of("procedureId", "PR-1", "kind", "LASER", "scheduledOn", day(220)))
                .statusCode(201)
                .body("conflict", equalTo(false));

        MovableClock.travel(Duration.ofDays(23));
        post(path(patientId) + "/blood-tests", panel(23, lab("ALT", 21, "U/L", 40), lab("TRIGLYCERIDES", 130, "mg/dL")))
                .statusCode(201);
        post(path(patientId) + "/prescriptions", rx("RX-2", 1, 30, 23))
                .statusCode(201)
                .body("events.type", contains("PrescriptionIssued", "SafetyAlertRaised"))
                .body("events[1].data.rule", equalTo("R12"))
                .body("events[1].data.blocking", equalTo(false))
                .body("events[1].data.reason", containsString("PR-1"));
    }

    @AfterEach
    void backToToday() {
        MovableClock.reset();
    }

    /** A course started today with a 30-day supply. */
    private static String inTreatment() {
        String patientId = eligible();
        post(path(patientId) + "/prescriptions", rx("RX-1", 1, 30, 0)).statusCode(201);
        return patientId;
    }
}
