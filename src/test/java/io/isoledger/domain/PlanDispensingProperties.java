package io.isoledger.domain;

import static io.isoledger.domain.Fixtures.CLINICIAN;
import static io.isoledger.domain.Fixtures.PATIENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.PlanGenerators.Planned;
import io.isoledger.domain.command.ResolveAlert;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.planning.Plan;
import io.isoledger.domain.planning.Step;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The plan's R22 step: after every step done in its window and the prescription issued on the start,
 * dispensing on the step's last day passes. Its last day also keeps R4 (judged again on the day of
 * dispensing) whatever day of its window the pregnancy test is sampled on, so while that test is
 * still to do the step is safe rather than exact; once it is done (or for a patient who cannot
 * become pregnant) a day later fails, with R22 or R4.
 */
class PlanDispensingProperties {

    @Property(tries = 200)
    void dispensingADayAfterTheR22Step_failsWithR22(@ForAll("patients") Planned p, @ForAll long seed) {
        PlanSimulation simulation = PlanSimulation.of(p, seed);
        Plan plan = simulation.plan(p);
        Assume.that(exact(p, plan));
        LocalDate late = r22(plan).to().plusDays(1);
        issueAsPlanned(simulation, plan);

        Decision decision = simulation.dispense(late);

        assertThat(decision).as("dispensed on %s after the plan %s", late, plan).isInstanceOf(Rejected.class);
        assertThat(((Rejected) decision).violations())
                .extracting(Violation::rule)
                .containsAnyOf("R22", "R4");
    }

    /** Exact when the pregnancy test the dispensing day depends on is sampled, or not asked for. */
    private static boolean exact(Planned p, Plan plan) {
        return !p.canBecomePregnant()
                || plan.steps().stream().noneMatch(s -> s.rule().equals("R4") && !s.done());
    }

    @Property(tries = 200)
    void theR22Step_isTheDaysDispensingPasses_forAPatientWhoCannotBecomePregnant(
            @ForAll("patientsWhoCannotBecomePregnant") Planned p, @ForAll long seed) {
        assertDispensingPassesOnTheR22StepsLastDayOnly(p, seed);
    }

    @Property(tries = 200)
    void theR22Step_isTheDaysDispensingPasses(@ForAll("patients") Planned p, @ForAll long seed) {
        assertDispensingPassesOnTheR22StepsLastDayOnly(p, seed);
    }

    private static void assertDispensingPassesOnTheR22StepsLastDayOnly(Planned p, long seed) {
        PlanSimulation simulation = PlanSimulation.of(p, seed);
        Plan plan = simulation.plan(p);
        LocalDate last = r22(plan).to();
        issueAsPlanned(simulation, plan);

        Decision onTheLastDay = simulation.dispense(last);
        assertThat(onTheLastDay)
                .as("dispensed on %s after the plan %s", last, plan)
                .isInstanceOf(Accepted.class);
        Statistics.label("exact").collect(exact(p, plan));
        if (exact(p, plan)) {
            Decision aDayLater = simulation.dispense(last.plusDays(1));
            assertThat(aDayLater).as("dispensed a day later").isInstanceOf(Rejected.class);
            assertThat(((Rejected) aDayLater).violations())
                    .extracting(Violation::rule)
                    .containsAnyOf("R22", "R4");
        }
    }

    @Provide
    Arbitrary<Planned> patients() {
        return PlanGenerators.patients();
    }

    @Provide
    Arbitrary<Planned> patientsWhoCannotBecomePregnant() {
        return PlanGenerators.patients(Arbitraries.just(false));
    }

    /**
     * Every step done in its window and the prescription issued (accepted); then a clinician resolves
     * the alerts the issue itself raised, for which the plan has no step (a tetracycline taken between
     * two supplies of a course is R19's once the new supply joins them).
     */
    private static void issueAsPlanned(PlanSimulation simulation, Plan plan) {
        Decision issued = simulation.doStepsAndIssue(plan, -1);
        assertThat(issued).as("the prescription after the plan %s", plan).isInstanceOf(Accepted.class);
        List<String> raised = ((Accepted) issued)
                .events().stream()
                        .filter(SafetyAlertRaised.class::isInstance)
                        .map(e -> ((SafetyAlertRaised) e).alertId())
                        .toList();
        Statistics.label("alerts the issue raised").collect(raised.size());
        raised.forEach(id -> simulation.decide(new ResolveAlert(PATIENT, id, CLINICIAN, "reviewed", plan.startsOn())));
    }

    private static Step r22(Plan plan) {
        return plan.steps().stream()
                .filter(s -> s.rule().equals("R22"))
                .findFirst()
                .orElseThrow();
    }
}
