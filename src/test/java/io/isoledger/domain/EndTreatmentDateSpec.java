package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.EndTreatment;
import io.isoledger.domain.event.TreatmentEnded;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R21: a course ends on a true date, neither after today (the clinic's date it is recorded) nor
 * before its last supply started, because every R13 restriction date is counted from it.
 */
class EndTreatmentDateSpec {

    /** The second supply, issued on ISSUED_ON + 23, starts a week later (R16 allows it): SECOND_START. */
    private static final LocalDate SECOND_ISSUED = ISSUED_ON.plusDays(23);

    private static final LocalDate SECOND_START = ISSUED_ON.plusDays(30);

    private static final PatientHistory TWO_SUPPLIES = eligible()
            .and(
                    rx().id("rx-0").issued(),
                    rx().issuedOn(SECOND_ISSUED).startsOn(SECOND_START).issued());

    @ParameterizedTest
    @EnumSource(Profile.class)
    void endTreatment_isRejectedWithR21_whenTheEndIsDatedTheDayAfterToday(Profile profile) {
        LocalDate today = SECOND_START.plusDays(5);
        var rejected = given(TWO_SUPPLIES)
                .under(profile)
                .when(end(today.plusDays(1), today))
                .thenRejected(Rejection.RULE_VIOLATION, "R21");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains("after today", today.toString()));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void endTreatment_endsTheCourse_whenTheEndIsDatedToday(Profile profile) {
        LocalDate today = SECOND_START.plusDays(5);
        assertThat(given(TWO_SUPPLIES).under(profile).when(end(today, today)).thenAccepted())
                .singleElement()
                .isInstanceOfSatisfying(
                        TreatmentEnded.class, e -> assertThat(e.endedOn()).isEqualTo(today));
    }

    @Test
    void endTreatment_isRejectedWithR21_whenTheEndIsTheDayBeforeTheLastSupplysStart() {
        var rejected = given(TWO_SUPPLIES)
                .when(end(SECOND_START.minusDays(1), SECOND_START.plusDays(5)))
                .thenRejected(Rejection.RULE_VIOLATION, "R21");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains(SECOND_START.toString()));
    }

    @Test
    void endTreatment_endsTheCourse_onTheLastSupplysStartDay() {
        given(TWO_SUPPLIES).when(end(SECOND_START, SECOND_START)).thenAccepted();
    }

    @Test
    void endTreatment_namesBothR21Breaches_whenTheEndIsInTheFutureAndBeforeTheLastStart() {
        var rejected = given(TWO_SUPPLIES)
                .when(end(SECOND_ISSUED.plusDays(2), SECOND_ISSUED.plusDays(1)))
                .thenRejected(Rejection.RULE_VIOLATION, "R21");

        assertThat(rejected.violations()).hasSize(2);
    }

    @Test
    void endTreatment_isRejectedWithR21_whileASupplyWrittenAheadHasNotStarted_evenDatedToday() {
        // Questionable (see the report): discontinued on the day the next supply was written, the course
        // can only be ended from that supply's start, and R13's dates then count from it.
        given(TWO_SUPPLIES).when(end(SECOND_ISSUED, SECOND_ISSUED)).thenRejected(Rejection.RULE_VIOLATION, "R21");
    }

    private static EndTreatment end(LocalDate endedOn, LocalDate today) {
        return new EndTreatment(PATIENT, endedOn, TreatmentEndReason.COMPLETED, today);
    }
}
