package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.bloodTest;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.negativePregnancyTest;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R17: the days of earlier supplies still outstanding on the new start plus the new days never
 * exceed the policy maximum plus R15's 7 days' grace; with R15 and R16 it stops supplies being
 * written ahead and stacked in hand.
 */
class IssuePrescriptionStackingSpec {

    @Test
    void issuePrescription_acceptsOnlyTheFirst_ofFour30DaySuppliesIssuedTogetherOnOnePregnancyTest_underUsIpledge() {
        // The issue's example: starts on days 0, 23, 46 and 69, all issued on day 0.
        PatientHistory history = eligible();
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            var command =
                    rx().id("rx-" + i).startsOn(ISSUED_ON.plusDays(23L * i)).command();
            Decision decision =
                    given(history).under(Profile.US_IPLEDGE).when(command).decision();
            decisions.add(decision);
            if (decision instanceof Accepted accepted) {
                history = history.and(accepted.events());
            }
        }

        assertThat(decisions.get(0)).isInstanceOf(Accepted.class);
        assertThat(decisions.subList(1, 4)).allSatisfy(d -> {
            assertThat(d).isInstanceOf(Rejected.class);
            assertThat(((Rejected) d).violations()).extracting(Violation::rule).contains("R4", "R16");
        });
    }

    @Test
    void issuePrescription_acceptsTheSecond30DaySupply_whenItIsIssuedOnItsStartWithAFreshTest_underUsIpledge() {
        var first = rx().id("rx-0").issued();
        var second = rx().issuedOn(ISSUED_ON.plusDays(23));
        given(eligible().and(first, negativePregnancyTest(ISSUED_ON.plusDays(23))))
                .under(Profile.US_IPLEDGE)
                .when(second.command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR17Only_whenTwoEarlierSuppliesStillOutstandingAndTheNewOneExceedMaxPlus7(
            Profile profile) {
        int max = profile.policy().maxDaysSupply();
        // 4 days of the first and 7 of the second are left on the new start; R15 passes on the second's end.
        given(stacked(max))
                .under(profile)
                .when(rx().daysSupply(max).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R17");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR17_whenOutstandingAndNewDaysAreExactlyTheMaxPlus7(Profile profile) {
        int max = profile.policy().maxDaysSupply();
        given(stacked(max))
                .under(profile)
                .when(rx().daysSupply(max - 4).command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_namesTheOutstandingDaysAndTheLimit_whenR17IsBroken() {
        var rejected = given(stacked(90))
                .under(Profile.JP_CLINIC)
                .when(rx().daysSupply(90).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R17");

        assertThat(rejected.violations().get(0).message()).contains("11 days", "101 days", "97");
    }

    /**
     * A course whose first supply ({@code max} days) runs until ISSUED_ON + 3 and a 10-day one until
     * ISSUED_ON + 6: 11 days outstanding on ISSUED_ON; a blood test after the second one (R2).
     */
    private static PatientHistory stacked(int max) {
        var first = rx().id("rx-a")
                .daysSupply(max)
                .issuedOn(ISSUED_ON.minusDays(max - 4L))
                .issued();
        var second =
                rx().id("rx-b").daysSupply(10).issuedOn(ISSUED_ON.minusDays(3)).issued();
        assertThat(first.endsOn()).isEqualTo(ISSUED_ON.plusDays(3));
        return eligible().and(first, second, bloodTest(ISSUED_ON.minusDays(1)));
    }
}
