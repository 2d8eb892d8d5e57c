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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service deployed with the us-ipledge policy profile (RULES.md): 30 days of supply at most, and
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
            return Map.of("isoledger.policy.profile", "us-ipledge");
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
}
