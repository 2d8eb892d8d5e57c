package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.ended;
import static io.isoledger.domain.Fixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.event.PrescriptionIssued;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R15: a new supply may start no earlier than the day the previous one runs out (its endsOn + 1)
 * less a 7-day grace. Not a policy value: the same under every profile.
 */
class IssuePrescriptionEarlyRefillSpec {

    /** 30 days issued 22 days before ISSUED_ON: the last day of supply is ISSUED_ON + 7. */
    private static final PrescriptionIssued PREVIOUS =
            rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(22)).issued();
    /** PREVIOUS.endsOn + 1 - 7. */
    private static final LocalDate EARLIEST_START = ISSUED_ON.plusDays(1);

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR15_whenTheNewSupplyStartsADayBeforeThePreviousRunsOutLessTheGrace(
            Profile profile) {
        // Eight days still in hand plus 30 new ones are also more than 30 + 7 under a 30-day policy (R17).
        String[] broken = profile.policy().maxDaysSupply() == 30 ? new String[] {"R15", "R17"} : new String[] {"R15"};
        var rejected = given(eligible().and(PREVIOUS))
                .under(profile)
                .when(rx().startsOn(EARLIEST_START.minusDays(1)).command())
                .thenRejected(Rejection.RULE_VIOLATION, broken);

        assertThat(PREVIOUS.endsOn()).isEqualTo(ISSUED_ON.plusDays(7));
        assertThat(rejected.violations())
                .filteredOn(v -> v.rule().equals("R15"))
                .singleElement()
                .satisfies(
                        v -> assertThat(v.message()).contains(PREVIOUS.endsOn().toString(), EARLIEST_START.toString()));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR15_whenTheNewSupplyStartsExactly7DaysBeforeThePreviousRunsOut(Profile profile) {
        given(eligible().and(PREVIOUS))
                .under(profile)
                .when(rx().startsOn(EARLIEST_START).command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_passesR15_whenThePreviousSupplyHasRunOut() {
        given(eligible().and(rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(40)).issued()))
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR15_whenTheLatestOfSeveralSuppliesRunsOn() {
        var older = rx().id("rx-a").issuedOn(ISSUED_ON.minusDays(60)).issued();
        given(eligible().and(older, PREVIOUS)).when(rx().command()).thenRejected(Rejection.RULE_VIOLATION, "R15");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR15_whenTheCourseEndedBeforeItsSupplyRanOut_andANewCourseStarts(Profile profile) {
        given(eligible().and(PREVIOUS, ended(ISSUED_ON.minusDays(3))))
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_passesR15_whenOnlyASupplyOfAnEarlierEndedCourseRunsOn() {
        // A 90-day supply discontinued on its 10th day; a new course was started 40 days later.
        var discontinued =
                rx().id("rx-a").daysSupply(90).issuedOn(ISSUED_ON.minusDays(60)).issued();
        var newCourse = rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(20)).issued();
        given(eligible().and(discontinued, ended(ISSUED_ON.minusDays(51)), newCourse))
                .when(rx().startsOn(newCourse.endsOn().plusDays(1).minusDays(7)).command())
                .thenAccepted();
    }
}
