package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.negativePregnancyTest;
import static io.isoledger.domain.PregnancyPreventionFixtures.pregnancyTest;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R4: a patient who can become pregnant needs a negative pregnancy test sampled within the policy
 * window before every prescription: 30 days under jp-clinic, 7 under us-ipledge and eu-ppp. The
 * blocking alert of a positive test is in {@link RecordPregnancyTestSpec}.
 */
class IssuePrescriptionPregnancyTestSpec {

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR4_whenNoPregnancyTestWasRecorded(Profile profile) {
        var rejected = given(eligible().withoutPregnancyTest())
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R4");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains(String.valueOf(profile.policy().pregnancyTestMaxAgeDays())));
    }

    @Test
    void issuePrescription_passesR4_whenTheNegativeTestIsExactly30DaysOld_underJpClinic() {
        given(withPregnancyTestDaysOld(30))
                .under(Profile.JP_CLINIC)
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR4_whenTheNegativeTestIs31DaysOld_underJpClinic() {
        given(withPregnancyTestDaysOld(31))
                .under(Profile.JP_CLINIC)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R4");
    }

    @Test
    void issuePrescription_passesR4_whenTheNegativeTestIs8DaysOld_underJpClinic() {
        given(withPregnancyTestDaysOld(8))
                .under(Profile.JP_CLINIC)
                .when(rx().command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void issuePrescription_passesR4_whenTheNegativeTestIsExactly7DaysOld_underUsIpledgeAndEuPpp(Profile profile) {
        given(withPregnancyTestDaysOld(7)).under(profile).when(rx().command()).thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void issuePrescription_isRejectedWithR4_whenTheNegativeTestIs8DaysOld_underUsIpledgeAndEuPpp(Profile profile) {
        given(withPregnancyTestDaysOld(8))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R4");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR4_whenTheNegativeTestIsSampledOnTheIssueDate(Profile profile) {
        given(withPregnancyTestDaysOld(0)).under(profile).when(rx().command()).thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR4_whenTheOnlyNegativeTestIsSampledAfterTheIssueDate() {
        given(eligible().withoutPregnancyTest().and(negativePregnancyTest(ISSUED_ON.plusDays(1))))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R4");
    }

    @Test
    void issuePrescription_isRejectedWithR4_whenTheOnlyTestInTheWindowIsPositive() {
        var positive = pregnancyTest(ISSUED_ON.minusDays(2), PregnancyTestResult.POSITIVE);
        given(eligible().withoutPregnancyTest().and(positive))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R4");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR4_withoutAnyPregnancyTest_whenThePatientCannotBecomePregnant(Profile profile) {
        given(eligible().whoCannotBecomePregnant().withoutPregnancyTest())
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR4_whenASecondPrescriptionHasOnlyTheFirstPrescriptionsTest_underUsIpledge() {
        // R4 applies before every prescription, not only the first one.
        var first = rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(23)).issued();
        given(eligible().withoutPregnancyTest().and(negativePregnancyTest(ISSUED_ON.minusDays(24)), first))
                .under(Profile.US_IPLEDGE)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R4");
    }

    private static PatientHistory withPregnancyTestDaysOld(int days) {
        return eligible().withoutPregnancyTest().and(negativePregnancyTest(ISSUED_ON.minusDays(days)));
    }
}
