package io.isoledger.api;

import static io.isoledger.api.Fixtures.bloodTest;
import static io.isoledger.api.Fixtures.eligibility;
import static io.isoledger.api.Fixtures.enrol;
import static io.isoledger.api.Fixtures.maleEnrolment;
import static io.isoledger.api.Fixtures.newPatientId;
import static io.isoledger.api.Fixtures.patientPath;
import static io.isoledger.api.Fixtures.post;
import static io.isoledger.api.Fixtures.prescription;
import static io.isoledger.api.Fixtures.recently;
import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service deployed with the us-ipledge policy profile: 30 days of supply at most, and
 * contraception required only of patients who can become pregnant. The default profile's 90 days
 * are covered by {@link WritePathTest}. A test profile restarts Quarkus, so this is the only one.
 */
@QuarkusTest
@TestProfile(PolicyProfileApiTest.UsIpledge.class)
@WithTestResource(IsoLedgerTestEnvironment.class)
class PolicyProfileApiTest extends AuthenticatedApiTest {

    public static class UsIpledge implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A restarted service takes its partitions back before it projects: give the first writes time.
            return Map.of("isoledger.policy.profile", "us-ipledge", "isoledger.write.projection-timeout", "30s");
        }
    }

    @Test
    void aSupplyOf31Days_isRejectedWithR1Only_while30DaysPass() {
        String patientId = enrol();
        Fixtures.preventPregnancy(patientId);
        post(patientPath(patientId) + "/blood-tests", bloodTest(recently())).statusCode(201);

        post(patientPath(patientId) + "/prescriptions", prescription("RX-1", 20, 31))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.rule", contains("R1"))
                .body("violations[0].message", containsString("us-ipledge"));
        post(patientPath(patientId) + "/prescriptions", prescription("RX-2", 20, 30))
                .statusCode(201)
                .body("events[0].data.daysSupply", equalTo(30));
    }

    @Test
    void aManWhoCannotBecomePregnant_needsNoContraception() {
        String patientId = enrol(maleEnrolment(newPatientId()));
        post(patientPath(patientId) + "/blood-tests", bloodTest(recently())).statusCode(201);

        eligibility(patientId).statusCode(200).body("eligible", equalTo(true)).body("violations", empty());
        post(patientPath(patientId) + "/prescriptions", prescription("RX-1", 20, 30))
                .statusCode(201)
                .body("events[0].type", equalTo("PrescriptionIssued"));
    }

    @Test
    void fourSuppliesQueuedOnOneDayOnOnePregnancyTest_onlyTheFirstIsIssued_R16() {
        String patientId = enrol();
        Fixtures.preventPregnancy(patientId);
        post(patientPath(patientId) + "/blood-tests", bloodTest(recently())).statusCode(201);

        post(patientPath(patientId) + "/prescriptions", queued("RX-1", 0)).statusCode(201);
        for (int day : new int[] {23, 46, 69}) {
            post(patientPath(patientId) + "/prescriptions", queued("RX-" + day, day))
                    .statusCode(422)
                    .body("violations.rule", hasItem("R16"));
        }
        get(patientPath(patientId) + "/prescriptions").then().body("prescriptionId", contains("RX-1"));
    }

    @Test
    void thePillAlone_isNotEnoughContraception_twoMethodsAre_R5() {
        String patientId = enrol();
        post(
                        patientPath(patientId) + "/contraception",
                        Map.of(
                                "methods",
                                List.of("ORAL_CONTRACEPTIVE"),
                                "startedOn",
                                recently().minusDays(40).toString()))
                .statusCode(201);
        eligibility(patientId)
                .body("violations.rule", hasItem("R5"))
                .body("violations.message", hasItem(containsString("two methods together")));

        post(
                        patientPath(patientId) + "/contraception",
                        Map.of(
                                "methods",
                                List.of("CONDOM"),
                                "startedOn",
                                recently().minusDays(40).toString()))
                .statusCode(201);
        eligibility(patientId).body("violations.rule", not(hasItem("R5")));
    }

    /** 30 days of 20 mg, issued today, starting {@code day} days from today. */
    private static Map<String, Object> queued(String prescriptionId, int day) {
        Map<String, Object> rx = new java.util.HashMap<>(prescription(prescriptionId, 20, 30));
        rx.put("startsOn", Fixtures.today().plusDays(day).toString());
        return rx;
    }
}
