package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.hcgPanel;
import static io.isoledger.domain.PregnancyPreventionFixtures.negativePregnancyTest;
import static io.isoledger.domain.PregnancyPreventionFixtures.positivePregnancyTest;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R4: the negative test must be sampled on a later day than the latest positive result, a positive
 * pregnancy test or hCG of 5 mIU/mL or more in any blood panel. (These histories hold no alerts:
 * R8 is left out so that R4 is seen alone.)
 */
class PregnancyTestAfterPositiveSpec {

    private static final LocalDate POSITIVE_ON = FRESH.plusDays(1);

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR4_whenTheNegativeIsSampledOnTheSameDayAsThePositive_inEitherOrder(
            Profile profile) {
        var positive = positivePregnancyTest(POSITIVE_ON);
        var negative = negativePregnancyTest(POSITIVE_ON);
        given(eligible().and(positive, negative))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R4");
        given(eligible().and(negative, positive))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R4");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR4_whenANegativeIsSampledTheDayAfterThePositive_evenIfEnteredBeforeIt(
            Profile profile) {
        given(eligible().and(negativePregnancyTest(POSITIVE_ON.plusDays(1)), positivePregnancyTest(POSITIVE_ON)))
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR4_whenHcgOf5InABloodPanelFollowsTheNegativeTest(Profile profile) {
        var rejected = given(eligible().and(hcgPanel(POSITIVE_ON, "5")))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R4");

        assertThat(rejected.violations().get(0).message()).contains("hCG in a blood panel", POSITIVE_ON.toString());
    }

    @Test
    void issuePrescription_passesR4_whenHcgInABloodPanelIsBelow5() {
        given(eligible().and(hcgPanel(POSITIVE_ON, "4.9"))).when(rx().command()).thenAccepted();
    }

    @Test
    void issuePrescription_doesNotCountANegativeHcgPanelAsTheNegativeTest() {
        // Only a pregnancy test counts as R4's negative; hCG from a panel counts only when positive.
        given(eligible().withoutPregnancyTest().and(hcgPanel(FRESH, "0")))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R4");
    }

    @Test
    void issuePrescription_passesR4_whenAPositiveOlderThanTheWindowWasFollowedByAFreshNegative() {
        given(eligible().and(positivePregnancyTest(FRESH.minusDays(200))))
                .when(rx().command())
                .thenAccepted();
    }
}
