package io.isoledger.api;

import static io.isoledger.api.Fixtures.bloodTest;
import static io.isoledger.api.Fixtures.eligibility;
import static io.isoledger.api.Fixtures.enrol;
import static io.isoledger.api.Fixtures.patientPath;
import static io.isoledger.api.Fixtures.post;
import static io.isoledger.api.Fixtures.prescription;
import static io.isoledger.api.Fixtures.recently;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service deployed with the eu-ppp policy profile: one highly effective method of contraception
 * (or two together), a pregnancy test at most 7 days before the supply's start.
 */
@QuarkusTest
@TestProfile(EuPppProfileApiTest.EuPpp.class)
@WithTestResource(IsoLedgerTestEnvironment.class)
class EuPppProfileApiTest extends AuthenticatedApiTest {

    public static class EuPpp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A restarted service takes its partitions back before it projects: give the first writes time.
            return Map.of("isoledger.policy.profile", "eu-ppp", "isoledger.write.projection-timeout", "30s");
        }
    }

    @Test
    void anImplantAlone_isEnoughContraception_thePillAloneIsNot_R5() {
        String pill = enrol();
        post(patientPath(pill) + "/contraception", contraception("ORAL_CONTRACEPTIVE"))
                .statusCode(201);
        eligibility(pill)
                .body("violations.rule", hasItem("R5"))
                .body("violations.message", hasItem(containsString("one highly effective method")));

        String implant = enrol();
        post(patientPath(implant) + "/contraception", contraception("IMPLANT")).statusCode(201);
        eligibility(implant).body("violations.rule", not(hasItem("R5")));
    }

    @Test
    void aPregnancyTestSampled3DaysBeforeIssue_isTooOldForASupplyStarting5DaysLater_R4() {
        String patientId = enrol();
        post(patientPath(patientId) + "/contraception", contraception("IUD")).statusCode(201);
        post(
                        patientPath(patientId) + "/pregnancy-tests",
                        Map.of("sampledOn", recently().toString(), "result", "NEGATIVE", "method", "URINE"))
                .statusCode(201);
        post(patientPath(patientId) + "/blood-tests", bloodTest(recently())).statusCode(201);

        Map<String, Object> later = new HashMap<>(prescription("RX-1", 20, 30));
        later.put("startsOn", Fixtures.today().plusDays(5).toString());
        post(patientPath(patientId) + "/prescriptions", later).statusCode(422).body("violations.rule", contains("R4"));
        post(patientPath(patientId) + "/prescriptions", prescription("RX-1", 20, 30))
                .statusCode(201)
                .body("events[0].data.daysSupply", equalTo(30));
    }

    private static Map<String, Object> contraception(String method) {
        return Map.of(
                "methods",
                List.of(method),
                "startedOn",
                recently().minusDays(40).toString());
    }
}
