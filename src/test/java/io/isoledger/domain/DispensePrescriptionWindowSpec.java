package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.DeciderScenario.recorded;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.negativePregnancyTest;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R22: a prescription is dispensed no earlier than the day it is issued and no later than its
 * dispenseBy: 7 days from the issue under jp-clinic and eu-ppp; under us-ipledge 7 days from the
 * negative pregnancy test it rests on, or 30 from the issue for a patient who cannot become pregnant.
 * The prescription is {@link Fixtures#rx()} issued on ISSUED_ON, the test sampled on FRESH (ISSUED_ON - 5).
 */
class DispensePrescriptionWindowSpec {

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"JP_CLINIC", "EU_PPP"})
    void dispensePrescription_passesR22_onTheIssueDay_andOnItsSeventhDay(Profile profile) {
        LocalDate lastDay = ISSUED_ON.plusDays(7);
        // eu-ppp judges R4 again on the day (7 days): a test of that day keeps R4 out of the way.
        PatientHistory history = issued(eligible(), profile).and(negativePregnancyTest(lastDay));

        given(history).under(profile).when(rx().dispense(ISSUED_ON)).thenAccepted();
        given(history).under(profile).when(rx().dispense(lastDay)).thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"JP_CLINIC", "EU_PPP"})
    void dispensePrescription_isRejectedWithR22_onTheEighthDayAfterTheIssue(Profile profile) {
        LocalDate late = ISSUED_ON.plusDays(8);
        var rejected = given(issued(eligible(), profile).and(negativePregnancyTest(late)))
                .under(profile)
                .when(rx().dispense(late))
                .thenRejected(Rejection.RULE_VIOLATION, "R22");

        assertThat(rejected.violations().get(0).message())
                .contains(ISSUED_ON.plusDays(7).toString());
    }

    @Test
    void dispensePrescription_passesR22_sevenDaysAfterThePregnancyTest_underUsIpledge() {
        given(issued(eligible(), Profile.US_IPLEDGE))
                .under(Profile.US_IPLEDGE)
                .when(rx().dispense(FRESH.plusDays(7)))
                .thenAccepted();
    }

    @Test
    void dispensePrescription_isRejectedWithR22AndR4_eightDaysAfterThePregnancyTest_underUsIpledge() {
        given(issued(eligible(), Profile.US_IPLEDGE))
                .under(Profile.US_IPLEDGE)
                .when(rx().dispense(FRESH.plusDays(8)))
                .thenRejected(Rejection.RULE_VIOLATION, "R4", "R22");
    }

    @Test
    void dispensePrescription_isRejectedWithR22Only_whenANewerTestRenewsR4ButNotTheWindow_underUsIpledge() {
        // The window is counted from the test the prescription rested on; a later test does not move it.
        LocalDate late = FRESH.plusDays(8);
        given(issued(eligible(), Profile.US_IPLEDGE).and(negativePregnancyTest(late)))
                .under(Profile.US_IPLEDGE)
                .when(rx().dispense(late))
                .thenRejected(Rejection.RULE_VIOLATION, "R22");
    }

    @Test
    void dispensePrescription_passesR22_30DaysAfterTheIssue_forAPatientWhoCannotBecomePregnant_underUsIpledge() {
        given(issued(eligible().whoCannotBecomePregnant(), Profile.US_IPLEDGE))
                .under(Profile.US_IPLEDGE)
                .when(rx().dispense(ISSUED_ON.plusDays(30)))
                .thenAccepted();
    }

    @Test
    void
            dispensePrescription_isRejectedWithR22_31DaysAfterTheIssue_forAPatientWhoCannotBecomePregnant_underUsIpledge() {
        given(issued(eligible().whoCannotBecomePregnant(), Profile.US_IPLEDGE))
                .under(Profile.US_IPLEDGE)
                .when(rx().dispense(ISSUED_ON.plusDays(31)))
                .thenRejected(Rejection.RULE_VIOLATION, "R22");
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"JP_CLINIC", "EU_PPP"})
    void dispensePrescription_isRejectedWithR22_onTheEighthDay_forAPatientWhoCannotBecomePregnant(Profile profile) {
        PatientHistory history = issued(eligible().whoCannotBecomePregnant(), profile);

        given(history).under(profile).when(rx().dispense(ISSUED_ON.plusDays(7))).thenAccepted();
        given(history)
                .under(profile)
                .when(rx().dispense(ISSUED_ON.plusDays(8)))
                .thenRejected(Rejection.RULE_VIOLATION, "R22");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void dispensePrescription_isRejectedWithR22_theDayBeforeItWasIssued(Profile profile) {
        var rejected = given(issued(eligible(), profile))
                .under(profile)
                .when(rx().dispense(ISSUED_ON.minusDays(1)))
                .thenRejected(Rejection.RULE_VIOLATION, "R22");

        assertThat(rejected.violations().get(0).message()).contains("before", ISSUED_ON.toString());
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void dispensePrescription_passesR22_beforeTheSupplyStarts(Profile profile) {
        var later = rx().startsOn(ISSUED_ON.plusDays(3));
        // R4 is judged on the start: a test of the day before the issue is within 7 days of it.
        var history = eligible().withoutPregnancyTest().and(negativePregnancyTest(ISSUED_ON.minusDays(1)));
        given(recorded(history, profile, later.command()))
                .under(profile)
                .when(later.dispense(ISSUED_ON.plusDays(1)))
                .thenAccepted();
    }

    /** The history with {@link Fixtures#rx()} issued on ISSUED_ON, decided under the profile. */
    private static PatientHistory issued(PatientHistory history, Profile profile) {
        return recorded(history, profile, rx().command());
    }
}
