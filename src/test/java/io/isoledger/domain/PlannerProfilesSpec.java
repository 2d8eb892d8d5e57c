package io.isoledger.domain;

import static io.isoledger.domain.Fixtures.CONTRACEPTION_SINCE;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.enrolled;
import static io.isoledger.domain.Fixtures.medication;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.contraception;
import static io.isoledger.domain.PregnancyPreventionFixtures.negativePregnancyTest;
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

/** Plans under us-ipledge and eu-ppp, and what pushes the earliest start back or leaves none. */
class PlannerProfilesSpec {

    @Test
    void
            aPatientWhoCannotBecomePregnant_hasNoPregnancyTestOrContraceptionSteps_andA30DayDispensingWindow_underUsIpledge() {
        Plan plan = plan(List.of(enrolled(false)), Profile.US_IPLEDGE);

        assertThat(plan.earliestStart()).isEqualTo(ISSUED_ON);
        assertThat(plan.steps())
                .extracting(Step::rule, Step::from, Step::to, Step::done)
                .containsExactly(
                        tuple("R2", ISSUED_ON.minusDays(30), ISSUED_ON, false),
                        tuple("R16", ISSUED_ON.minusDays(7), ISSUED_ON, false),
                        tuple("R22", ISSUED_ON, ISSUED_ON.plusDays(30), false));
    }

    @Test
    void anEligiblePatient_isToBeDispensedBy7DaysAfterHerPregnancyTest_underUsIpledge() {
        Plan plan = plan(eligible().events(), Profile.US_IPLEDGE);

        assertThat(plan.earliestStart()).isEqualTo(ISSUED_ON);
        assertThat(plan.steps())
                .filteredOn(s -> !s.done())
                .extracting(Step::rule, Step::from, Step::to)
                .containsExactly(
                        tuple("R16", ISSUED_ON.minusDays(7), ISSUED_ON), tuple("R22", ISSUED_ON, FRESH.plusDays(7)));
    }

    @Test
    void aPatientJustEnrolled_startsAfterTheContraceptionLead_withA7DayPregnancyTestWindow_underEuPpp() {
        Plan plan = plan(List.of(enrolled()), Profile.EU_PPP);
        var start = ISSUED_ON.plusDays(30);

        assertThat(plan.earliestStart()).isEqualTo(start);
        assertThat(plan.steps())
                .extracting(Step::rule, Step::from, Step::to)
                .containsExactly(
                        tuple("R2", start.minusDays(30), start),
                        tuple("R4", start.minusDays(7), start),
                        tuple("R5", null, ISSUED_ON),
                        tuple("R5", start.minusDays(30), start),
                        tuple("R16", start.minusDays(7), start),
                        // Until the test is sampled, the pharmacy's window is the one that keeps R4 whatever its day.
                        tuple("R22", start, start));
    }

    @Test
    void anOralContraceptiveAlone_doesNotCountTowardsTheLead_underEuPpp() {
        var history = eligible()
                .withoutContraception()
                .and(contraception(CONTRACEPTION_SINCE, ContraceptionMethod.ORAL_CONTRACEPTIVE));

        assertThat(plan(history.events(), Profile.EU_PPP).earliestStart()).isEqualTo(ISSUED_ON.plusDays(30));
        assertThat(plan(history.events(), Profile.JP_CLINIC).earliestStart()).isEqualTo(ISSUED_ON);
    }

    @Test
    void aTetracyclineStoppingIn10Days_putsTheStartOnTheDayAfter() {
        var history = eligible().and(medication("doxycycline", DrugClass.TETRACYCLINE, FRESH, ISSUED_ON.plusDays(10)));
        assertThat(plan(history.events(), Profile.EU_PPP).earliestStart()).isEqualTo(ISSUED_ON.plusDays(11));
    }

    @Test
    void aTetracyclineWithoutAStop_orADeclaredPregnancy_leavesNoEarliestStart() {
        var drug = eligible().and(medication("doxycycline", DrugClass.TETRACYCLINE, FRESH, null));
        var pregnant = eligible().and(PregnancyPreventionFixtures.declared(ReproductiveStatus.PREGNANT));

        assertThat(plan(drug.events(), Profile.US_IPLEDGE).earliestStart()).isNull();
        assertThat(plan(pregnant.events(), Profile.US_IPLEDGE).earliestStart()).isNull();
    }

    @Test
    void duringACourse_aSupplyThatWaitedPastItsWindowUndispensed_doesNotPushTheNextStartBack() {
        var previous = rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(22));
        var waited = eligible().and(previous.issued(ISSUED_ON.minusDays(15)));
        var dispensed = waited.and(previous.dispensed(previous.issuedOn()));

        assertThat(plan(waited.events(), Profile.JP_CLINIC).earliestStart()).isEqualTo(ISSUED_ON);
        assertThat(plan(dispensed.events(), Profile.JP_CLINIC).earliestStart()).isEqualTo(ISSUED_ON.plusDays(1));
    }

    @Test
    void theDispensingStep_neverEndsBeforeItStarts_whenTheLastTestIsOld_underUsIpledge() {
        var history =
                eligible().withoutContraception().withoutPregnancyTest().and(negativePregnancyTest(FRESH.minusDays(5)));
        Plan plan = plan(history.events(), Profile.US_IPLEDGE);

        assertThat(plan.steps())
                .filteredOn(s -> s.rule().equals("R22"))
                .singleElement()
                .satisfies(s -> assertThat(s.to()).isAfterOrEqualTo(s.from()));
    }

    @Test
    void theEarliestStart_leavesADayForANegativeTestAfterAPositiveOne() {
        var history = eligible().and(PregnancyPreventionFixtures.positivePregnancyTest(ISSUED_ON));
        Plan plan = plan(history.events(), Profile.JP_CLINIC);

        assertThat(plan.earliestStart()).isAfter(ISSUED_ON);
        assertThat(plan.steps())
                .filteredOn(s -> s.rule().equals("R4"))
                .singleElement()
                .satisfies(s -> assertThat(s.to()).isAfterOrEqualTo(s.from()));
    }

    private static Plan plan(List<Event> history, Profile profile) {
        PatientState state = Evolver.evolveAll(PatientState.initial(Fixtures.PATIENT), history);
        return Planner.plan(state, profile.policy(), ISSUED_ON, Optional.empty());
    }
}
