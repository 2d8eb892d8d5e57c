package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.ended;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.contraception;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.event.PrescriptionIssued;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R5: contraception started at least 30 days (every profile) before the first prescription of a
 * course; jp-clinic asks it of every patient, us-ipledge and eu-ppp of patients who can become pregnant.
 */
class IssuePrescriptionContraceptionSpec {

    /** The first prescription of the course, 23 days before the one under test: its supply runs on (R15 passes). */
    private static final PrescriptionIssued FIRST =
            rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(23)).issued();

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR5_whenAPatientWhoCanBecomePregnantHasNoContraception(Profile profile) {
        given(eligible().withoutContraception())
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R5");
    }

    @Test
    void issuePrescription_isRejectedWithR5_whenAPatientWhoCannotBecomePregnantHasNoContraception_underJpClinic() {
        given(eligible().whoCannotBecomePregnant().withoutContraception())
                .under(Profile.JP_CLINIC)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R5");
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void issuePrescription_passesR5_whenAPatientWhoCannotBecomePregnantHasNoContraception_underUsIpledgeAndEuPpp(
            Profile profile) {
        given(eligible().whoCannotBecomePregnant().withoutContraception())
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR5_whenContraceptionStartedExactly30DaysBefore(Profile profile) {
        given(withContraceptionSince(30)).under(profile).when(rx().command()).thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR5_whenContraceptionStartedOnly29DaysBefore(Profile profile) {
        var rejected = given(withContraceptionSince(29))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R5");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains("30 days", ISSUED_ON.minusDays(30).toString()));
    }

    @Test
    void issuePrescription_passesR5_whenALaterConfirmationFollowsOneThatStartedEarlyEnough() {
        given(eligible().and(contraception(ISSUED_ON.minusDays(3))))
                .when(rx().command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR5_withoutNewLeadTime_whenALaterPrescriptionOfTheCourseFollowsAMethodStarted10DaysAgo(
            Profile profile) {
        given(eligible().withoutContraception().and(FIRST, contraception(ISSUED_ON.minusDays(10))))
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR5_whenALaterPrescriptionOfTheCourseHasNoContraceptionAtAll() {
        given(eligible().withoutContraception().and(FIRST))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R5");
    }

    @Test
    void issuePrescription_isRejectedWithR5_whenANewCourseAfterTreatmentEndedHasOnly10DaysOfContraception() {
        var previousCourse = rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(100)).issued();
        given(eligible()
                        .withoutContraception()
                        .and(previousCourse, ended(previousCourse.endsOn()), contraception(ISSUED_ON.minusDays(10))))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R5");
    }

    private static PatientHistory withContraceptionSince(int daysBefore) {
        return eligible().withoutContraception().and(contraception(ISSUED_ON.minusDays(daysBefore)));
    }
}
