package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.negativePregnancyTest;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R16: a supply starts no earlier than the day it is issued and at most 7 days after it (every
 * profile). R4 measures the pregnancy test's age to the supply's start, so a start 7 days ahead
 * needs a test within the window of that start.
 */
class IssuePrescriptionStartWindowSpec {

    /** No pregnancy test or lead time asked (R4, R5 under us/eu): R16 alone decides. */
    private static final PatientHistory NOT_PREGNANT = eligible().whoCannotBecomePregnant();

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR16_whenTheSupplyStartsTheDayBeforeItIsIssued(Profile profile) {
        var rejected = given(eligible())
                .under(profile)
                .when(rx().startsOn(ISSUED_ON.minusDays(1)).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R16");

        assertThat(rejected.violations().get(0).message()).contains("before the day it is issued");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR16_whenTheSupplyStartsOnTheDayItIsIssued(Profile profile) {
        given(eligible()).under(profile).when(rx().command()).thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR16_whenTheSupplyStarts7DaysAfterItIsIssued(Profile profile) {
        given(NOT_PREGNANT)
                .under(profile)
                .when(rx().startsOn(ISSUED_ON.plusDays(7)).command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR16_whenTheSupplyStarts8DaysAfterItIsIssued(Profile profile) {
        var rejected = given(NOT_PREGNANT)
                .under(profile)
                .when(rx().startsOn(ISSUED_ON.plusDays(8)).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R16");

        assertThat(rejected.violations().get(0).message())
                .contains(ISSUED_ON.plusDays(7).toString(), "7 days");
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void issuePrescription_passesR4_whenASupplyStarting7DaysAheadHasANegativeTestOfTheIssueDay(Profile profile) {
        given(eligible().withoutPregnancyTest().and(negativePregnancyTest(ISSUED_ON)))
                .under(profile)
                .when(rx().startsOn(ISSUED_ON.plusDays(7)).command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void issuePrescription_isRejectedWithR4_whenTheTestIs8DaysOlderThanTheStart_thoughOnly1DayOlderThanTheIssue(
            Profile profile) {
        var rejected = given(eligible().withoutPregnancyTest().and(negativePregnancyTest(ISSUED_ON.minusDays(1))))
                .under(profile)
                .when(rx().startsOn(ISSUED_ON.plusDays(7)).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R4");

        assertThat(rejected.violations().get(0).message())
                .contains(ISSUED_ON.plusDays(7).toString());
    }

    @Test
    void issuePrescription_passesR4_whenTheTestIs8DaysOlderThanTheStart_underJpClinicsThirtyDays() {
        given(eligible().withoutPregnancyTest().and(negativePregnancyTest(ISSUED_ON.minusDays(1))))
                .under(Profile.JP_CLINIC)
                .when(rx().startsOn(ISSUED_ON.plusDays(7)).command())
                .thenAccepted();
    }
}
