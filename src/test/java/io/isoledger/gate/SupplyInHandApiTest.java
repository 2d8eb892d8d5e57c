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
import static org.hamcrest.Matchers.everyItem;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.MovableClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The supply in the patient's hands under jp-clinic: it starts within the pick-up window (R16), is
 * never stacked on another (R17), ends on a true date (R21), and a course that lapsed opens a new
 * one (R20).
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class SupplyInHandApiTest extends AuthenticatedApiTest {

    @AfterEach
    void backToToday() {
        MovableClock.reset();
    }

    @Test
    void aSupplyStartingBeforeItIsIssued_orMoreThan7DaysAfter_isRejectedWithR16() {
        String patientId = eligible();
        post(path(patientId) + "/prescriptions", rx("RX-1", 1, 30, -1))
                .statusCode(422)
                .body("violations.rule", contains("R16"));
        post(path(patientId) + "/prescriptions", rx("RX-1", 1, 30, 8))
                .statusCode(422)
                .body("violations.rule", contains("R16"));
        post(path(patientId) + "/prescriptions", rx("RX-1", 1, 30, 7))
                .statusCode(201)
                .body("events[0].data.startsOn", equalTo(day(7)));
    }

    @Test
    void aThirdSupplyOverlappingTwoOthers_isRejectedWithR17_whenItWouldStackTheDaysInHand() {
        String patientId = eligible();
        post(path(patientId) + "/prescriptions", rx("RX-1", 1, 90, 0)).statusCode(201);
        dispensed(patientId, "RX-1", 0, 90);
        MovableClock.travel(Duration.ofDays(83));
        testedOn(patientId, 83);
        post(path(patientId) + "/prescriptions", rx("RX-2", 1, 10, 83)).statusCode(201);
        dispensed(patientId, "RX-2", 83, 10);

        // Day 86: 4 days of RX-1 and 7 of RX-2 still in hand, plus 90, are more than 90 + 7.
        MovableClock.travel(Duration.ofDays(3));
        testedOn(patientId, 86);
        post(path(patientId) + "/prescriptions", rx("RX-3", 1, 90, 86))
                .statusCode(422)
                .body("violations.rule", contains("R17"))
                .body("violations[0].message", containsString("11 days of earlier supplies"));
        post(path(patientId) + "/prescriptions", rx("RX-3", 1, 86, 86)).statusCode(201);
    }

    /** Handed over by the pharmacy that day: in the patient's hands from then on (R22). */
    private static void dispensed(String patientId, String prescriptionId, int day, int capsules) {
        post(
                        path(patientId) + "/prescriptions/" + prescriptionId + "/dispensing",
                        Map.of("dispensedOn", day(day), "pharmacyId", "PH-1", "quantity", capsules))
                .statusCode(201);
    }

    /** A blood test and a negative pregnancy test sampled that day (R2 and R4 for the next supply). */
    private static void testedOn(String patientId, int day) {
        post(path(patientId) + "/pregnancy-tests", pregnancyTest(day, "NEGATIVE"))
                .statusCode(201);
        post(
                        path(patientId) + "/blood-tests",
                        panel(day, lab("ALT", 21, "U/L", 40), lab("TRIGLYCERIDES", 130, "mg/dL")))
                .statusCode(201);
    }

    @Test
    void anEndAfterToday_orBeforeTheLastSupplysStart_isRejectedWithR21() {
        String patientId = eligible();
        post(path(patientId) + "/prescriptions", rx("RX-1", 1, 30, 2)).statusCode(201);
        post(path(patientId) + "/treatment-end", Map.of("endedOn", day(1), "reason", "COMPLETED"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.rule", everyItem(equalTo("R21")))
                .body("violations[0].message", containsString("after today"));
        post(path(patientId) + "/treatment-end", Map.of("endedOn", day(0), "reason", "COMPLETED"))
                .statusCode(422)
                .body("violations.rule", contains("R21"));
        get(path(patientId)).body("status", equalTo("IN_TREATMENT"));
    }

    @Test
    void anEndRecordedAsLapsed_isA400_onlyTheServiceRecordsALapse() {
        String patientId = eligible();
        post(path(patientId) + "/prescriptions", rx("RX-1", 1, 30, 0)).statusCode(201);
        post(path(patientId) + "/treatment-end", Map.of("endedOn", day(0), "reason", "LAPSED"))
                .statusCode(400)
                .body("errors.field", contains("reason"));
    }

    @Test
    void aSupplyStartingMoreThan60DaysAfterTheLastRanOut_opensANewCourse_R20() {
        String patientId = eligible();
        post(path(patientId) + "/prescriptions", rx("RX-1", 1, 30, 0)).statusCode(201);

        // The supply ran out on day 30; day 91 is 61 days later.
        MovableClock.travel(Duration.ofDays(91));
        testedOn(patientId, 90);
        // jp-clinic asks for contraception confirmed again within 90 days of each supply (R5).
        post(path(patientId) + "/contraception", Map.of("methods", List.of("IUD", "CONDOM"), "startedOn", day(-40)))
                .statusCode(201);
        post(path(patientId) + "/prescriptions", rx("RX-2", 1, 30, 91))
                .statusCode(201)
                .body("events.type", contains("TreatmentEnded", "PrescriptionIssued"))
                .body("events[0].data.reason", equalTo("LAPSED"))
                .body("events[0].data.endedOn", equalTo(day(29)));
        get(path(patientId))
                .body("status", equalTo("IN_TREATMENT"))
                .body("courseStartedOn", equalTo(day(91)))
                .body("cumulativeDoseMg", equalTo(600));
    }
}
