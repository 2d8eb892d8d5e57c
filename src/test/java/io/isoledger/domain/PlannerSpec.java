package io.isoledger.domain;

import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.enrolled;
import static io.isoledger.domain.Fixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.planning.Plan;
import io.isoledger.domain.planning.Planner;
import io.isoledger.domain.planning.Step;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A patient's plan: the earliest start and each step still needed, with the window its rule decides with. */
class PlannerSpec {

    @ParameterizedTest
    @EnumSource(Profile.class)
    void anEligiblePatient_canStartToday_withOnlyTheIssueAndTheDispensingLeft(Profile profile) {
        Plan plan = plan(eligible().events(), profile);

        assertThat(plan.phase()).isEqualTo(Plan.Phase.BEFORE_A_COURSE);
        assertThat(plan.earliestStart()).isEqualTo(ISSUED_ON);
        assertThat(plan.steps())
                .filteredOn(s -> !s.done())
                .extracting(Step::rule)
                .containsExactly("R16", "R22");
        assertThat(plan.steps())
                .filteredOn(s -> s.rule().equals("R16"))
                .extracting(Step::from, Step::to)
                .containsExactly(tuple(ISSUED_ON.minusDays(7), ISSUED_ON));
    }

    @Test
    void aPatientJustEnrolled_startsAfterContraceptionsLeadTime_andEachTestHasItsWindow() {
        Plan plan = plan(List.of(enrolled()), Profile.JP_CLINIC);
        var start = ISSUED_ON.plusDays(30);

        assertThat(plan.earliestStart()).isEqualTo(start);
        assertThat(plan.steps())
                .extracting(Step::rule, Step::from, Step::to, Step::done)
                .contains(
                        tuple("R2", start.minusDays(30), start, false),
                        tuple("R4", start.minusDays(30), start, false),
                        tuple("R5", null, ISSUED_ON, false),
                        tuple("R5", start.minusDays(90), start, false));
    }

    @Test
    void duringACourse_theNextSupplyCanStart7DaysBeforeTheCurrentRunsOut() {
        Plan plan = plan(eligible().and(rx().issued()).events(), Profile.JP_CLINIC);

        assertThat(plan.phase()).isEqualTo(Plan.Phase.IN_A_COURSE);
        assertThat(plan.earliestStart()).isEqualTo(ISSUED_ON.plusDays(23));
        assertThat(plan.steps())
                .filteredOn(s -> s.rule().equals("R2"))
                .extracting(Step::from, Step::done)
                .containsExactly(tuple(ISSUED_ON.plusDays(1), false));
    }

    @Test
    void afterTheEnd_theRestrictionsAndTheFollowUpTest() {
        var end = ISSUED_ON.plusDays(29);
        Plan plan = plan(eligible().and(rx().issued(), Fixtures.ended(end)).events(), Profile.JP_CLINIC);

        assertThat(plan.phase()).isEqualTo(Plan.Phase.AFTER_A_COURSE);
        assertThat(plan.steps())
                .extracting(Step::action, Step::to)
                .contains(
                        tuple("Keep using contraception", end.plusDays(90)),
                        tuple("Sample a follow-up pregnancy test", end.plusDays(37)));
    }

    private static Plan plan(List<Event> history, Profile profile) {
        PatientState state = Evolver.evolveAll(PatientState.initial(Fixtures.PATIENT), history);
        return Planner.plan(state, profile.policy(), ISSUED_ON, Optional.empty());
    }
}
