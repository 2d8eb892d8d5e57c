package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.bloodTest;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.ended;
import static io.isoledger.domain.Fixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PrescriptionIssued;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R2: ALT and triglycerides sampled within 30 days before the prescription (every profile); jp-clinic
 * asks for one before every prescription, us-ipledge and eu-ppp before the first only.
 */
class IssuePrescriptionBloodTestSpec {

    /** The previous prescription, four weeks before the one under test. */
    private static final LocalDate PREVIOUS_ISSUED_ON = ISSUED_ON.minusDays(28);
    /** Sampled the day before the previous prescription: still inside the 30-day window on ISSUED_ON. */
    private static final LocalDate BEFORE_PREVIOUS = PREVIOUS_ISSUED_ON.minusDays(1);

    private static final PrescriptionIssued PREVIOUS =
            rx().id("rx-0").issuedOn(PREVIOUS_ISSUED_ON).issued();

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR2_whenAltAndTriglyceridesWereSampledWithin30Days(Profile profile) {
        given(eligible()).under(profile).when(rx().command()).thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR2_whenNoBloodTestWasRecorded(Profile profile) {
        given(eligible().withoutBloodTest())
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R2");
    }

    @Test
    void issuePrescription_passesR2_whenTheTestIsExactly30DaysOld() {
        given(eligibleWith(bloodTest(ISSUED_ON.minusDays(30))))
                .when(rx().command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR2_whenTheTestIsOlderThan30Days(Profile profile) {
        given(eligibleWith(bloodTest(ISSUED_ON.minusDays(31))))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R2");
    }

    @Test
    void issuePrescription_isRejectedWithR2_whenOnlyAltWasSampled() {
        var rejected = given(eligibleWith(bloodTest(FRESH, Analyte.ALT, Analyte.AST)))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R2");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains("TRIGLYCERIDES")
                .doesNotContain("ALT"));
    }

    @Test
    void issuePrescription_isRejectedWithR2_whenTheTestIsSampledAfterTheIssueDate() {
        given(eligibleWith(bloodTest(ISSUED_ON.plusDays(1))))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R2");
    }

    @Test
    void issuePrescription_passesR2_whenTheTestIsSampledOnTheIssueDate() {
        given(eligibleWith(bloodTest(ISSUED_ON))).when(rx().command()).thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR2_whenASecondPrescriptionReusesThePreviousTest_underJpClinic() {
        var rejected = given(eligibleWith(bloodTest(BEFORE_PREVIOUS), PREVIOUS))
                .under(Profile.JP_CLINIC)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R2");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains(PREVIOUS_ISSUED_ON.toString()));
    }

    @Test
    void issuePrescription_isRejectedWithR2_whenTheOnlyNewTestWasSampledOnThePreviousIssueDate_underJpClinic() {
        given(eligibleWith(bloodTest(BEFORE_PREVIOUS), PREVIOUS, bloodTest(PREVIOUS_ISSUED_ON)))
                .under(Profile.JP_CLINIC)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R2");
    }

    @Test
    void issuePrescription_passesR2_whenASecondPrescriptionHasATestSampledSinceThePrevious_underJpClinic() {
        given(eligibleWith(bloodTest(BEFORE_PREVIOUS), PREVIOUS, bloodTest(FRESH)))
                .under(Profile.JP_CLINIC)
                .when(rx().command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void issuePrescription_passesR2_whenASecondPrescriptionHasNoNewTest_underUsIpledgeAndEuPpp(Profile profile) {
        given(eligibleWith(bloodTest(BEFORE_PREVIOUS), PREVIOUS))
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void issuePrescription_passesR2_whenTheFirstPrescriptionsTestIsNowOlderThan30Days_underUsIpledgeAndEuPpp(
            Profile profile) {
        LocalDate longAgo = ISSUED_ON.minusDays(60);
        given(eligibleWith(
                        bloodTest(longAgo.minusDays(1)),
                        rx().id("rx-0").issuedOn(longAgo).issued()))
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void issuePrescription_isRejectedWithR2_whenTheFirstPrescriptionOfANewCourseHasNoFreshTest_underUsIpledgeAndEuPpp(
            Profile profile) {
        // "Before the first prescription" of a course, as R5 reads the same words.
        LocalDate longAgo = ISSUED_ON.minusDays(200);
        var previousCourse = rx().id("rx-0").issuedOn(longAgo).issued();
        given(eligibleWith(bloodTest(longAgo.minusDays(1)), previousCourse, ended(previousCourse.endsOn())))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R2");
    }

    /** Eligible but for the blood tests: these blood tests and earlier prescriptions instead. */
    private static PatientHistory eligibleWith(Event... bloodTestsAndPrescriptions) {
        return eligible().withoutBloodTest().and(bloodTestsAndPrescriptions);
    }
}
