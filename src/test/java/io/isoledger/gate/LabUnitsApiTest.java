package io.isoledger.gate;

import static io.isoledger.gate.GateApi.eligible;
import static io.isoledger.gate.GateApi.enrol;
import static io.isoledger.gate.GateApi.get;
import static io.isoledger.gate.GateApi.lab;
import static io.isoledger.gate.GateApi.panel;
import static io.isoledger.gate.GateApi.path;
import static io.isoledger.gate.GateApi.post;
import static io.isoledger.gate.GateApi.rx;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * R9 and R4 read lab values in their standard unit, converted with UCUM from whatever accepted unit
 * the lab sent; another unit is refused, naming the accepted ones.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class LabUnitsApiTest extends AuthenticatedApiTest {

    @Test
    void hcgOf12000MiuPerMlInABloodPanel_isAPositiveResult_raisingABlockingAlert_andFailingR4() {
        String patientId = eligible();
        post(path(patientId) + "/blood-tests", panel(0, lab("HCG", 12000, "mIU/mL")))
                .statusCode(201)
                .body("events.type", contains("BloodTestRecorded", "SafetyAlertRaised"))
                .body("events[1].data.rule", equalTo("R4"))
                .body("events[1].data.blocking", equalTo(true))
                .body("events[1].data.reason", containsString("hCG 12000 mIU/mL"));

        post(path(patientId) + "/prescriptions", rx("RX-1", 1, 30, 0))
                .statusCode(422)
                .body("violations.rule", contains("R4", "R8"));
    }

    @Test
    void hcgInIuPerLitre_isConvertedToMiuPerMl() {
        String patientId = enrol();
        post(path(patientId) + "/blood-tests", panel(0, lab("HCG", 7, "IU/L")))
                .statusCode(201)
                .body("events[0].data.results[0].standardValue", equalTo(7))
                .body("events[0].data.results[0].standardUnit", equalTo("m[IU]/mL"))
                .body("events.type", hasItem("SafetyAlertRaised"));
    }

    @Test
    void alt1000WithoutTheLabsLimit_isJudgedAgainstThePolicysDefault_andTheAlertSaysSo() {
        String patientId = enrol();
        post(path(patientId) + "/blood-tests", panel(0, lab("ALT", 1000, "U/L")))
                .statusCode(201)
                .body("events[1].data.rule", equalTo("R9"))
                .body("events[1].data.blocking", equalTo(true))
                .body("events[1].data.reason", containsString("the lab gave none"))
                .body("events[1].data.reason", containsString("40 U/L"));
    }

    @Test
    void triglyceridesOf9GramsPerLitre_are900MgPerDl_aBlockingR9Alert_keptAsSentAndConverted() {
        String patientId = enrol();
        post(path(patientId) + "/blood-tests", panel(0, lab("TRIGLYCERIDES", 9, "g/L")))
                .statusCode(201)
                .body("events[1].data.rule", equalTo("R9"))
                .body("events[1].data.blocking", equalTo(true))
                .body("events[1].data.reason", containsString("900 mg/dL"));

        get(path(patientId) + "/blood-tests")
                .statusCode(200)
                .body("[0].results[0].value", equalTo(9))
                .body("[0].results[0].unit", equalTo("g/L"))
                .body("[0].results[0].standardValue", equalTo(900))
                .body("[0].results[0].standardUnit", equalTo("mg/dL"));
    }

    @Test
    void altInMicrokatalPerLitre_withTheLabsLimitInTheSameUnit_isConvertedBoth() {
        String patientId = enrol();
        // 2.5 µkat/L is 150 U/L; the limit 0.6 µkat/L is 36 U/L: over three times it.
        post(path(patientId) + "/blood-tests", panel(0, lab("ALT", 2.5, "µkat/L", 0.6)))
                .statusCode(201)
                .body("events[0].data.results[0].standardValue", equalTo(150))
                .body("events[0].data.results[0].standardUpperLimitOfNormal", equalTo(36))
                .body("events[1].data.rule", equalTo("R9"));
    }

    @Test
    void aUnitNotAcceptedForTheAnalyte_isA400NamingTheAcceptedOnes_andAppendsNothing() {
        String patientId = enrol();
        post(path(patientId) + "/blood-tests", panel(0, lab("ALT", 21, "U/L", 40), lab("TRIGLYCERIDES", 9, "mg/mL")))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("results[1].unit"))
                .body("errors[0].message", containsString("mg/dL, mmol/L, g/L"));
        post(path(patientId) + "/blood-tests", panel(0, lab("ALT", 21, "mmol/L")))
                .statusCode(400)
                .body("errors.field", contains("results[0].unit"))
                .body("errors[0].message", containsString("U/L"));
        get(path(patientId) + "/events").body("type", contains("PatientEnrolled"));
    }

    @Test
    void triglyceridesInMmolPerL_areReadAsMmolPerL_notAsMgPerDl() {
        String patientId = enrol();
        post(path(patientId) + "/blood-tests", panel(0, lab("TRIGLYCERIDES", 10, "mmol/L")))
                .statusCode(201)
                .body("events.type", hasItems("BloodTestRecorded", "SafetyAlertRaised"))
                .body("events[1].data.blocking", equalTo(true));
    }
}
