package io.isoledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.PlanGenerators.Planned;
import io.isoledger.domain.planning.Plan;
import io.isoledger.domain.planning.Step;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The plan is derived from the rules, so it must be true to them: doing every step inside its window
 * lets the prescription on the planned start pass, and doing one step a day outside its window fails
 * it with that step's rule (R2, R4, R5, R8, R16); the R22 step is in {@link PlanDispensingProperties}.
 * Patients are in {@link PlanGenerators}, time passing in {@link PlanSimulation}; plans
 * without an earliest start (a pregnancy, a drug without a stop) are skipped.
 */
class PlanProperties {

    @Property(tries = 200)
    void doingEveryStepInsideItsWindow_letsThePrescriptionOnThePlannedStartPass(
            @ForAll("patients") Planned p, @ForAll long seed) {
        PlanSimulation simulation = PlanSimulation.of(p, seed);
        Plan plan = simulation.plan(p);

        Decision decision = simulation.doStepsAndIssue(plan, -1);

        assertThat(decision)
                .as("the prescription on %s after the plan %s", plan.startsOn(), plan)
                .isInstanceOf(Accepted.class);
    }

    @Property(tries = 200)
    void oneStepADayOutsideItsWindow_failsThePrescriptionWithThatStepsRule(
            @ForAll("patients") Planned p, @ForAll long seed) {
        PlanSimulation simulation = PlanSimulation.of(p, seed);
        Plan plan = simulation.plan(p);
        List<Integer> candidates = IntStream.range(0, plan.steps().size())
                .filter(i -> !plan.steps().get(i).done()
                        && !plan.steps().get(i).rule().equals("R22"))
                .boxed()
                .toList();
        Step outside = plan.steps().get(candidates.get(new Random(seed).nextInt(candidates.size())));
        Statistics.label("step outside").collect(outside.rule() + (outside.from() == null ? " (deadline)" : ""));

        Decision decision = simulation.doStepsAndIssue(plan, plan.steps().indexOf(outside));

        assertThat(decision)
                .as("the prescription after %s outside its window, plan %s", outside, plan)
                .isInstanceOf(Rejected.class);
        assertThat(((Rejected) decision).reason()).isEqualTo(Rejection.RULE_VIOLATION);
        assertThat(((Rejected) decision).violations())
                .extracting(Violation::rule)
                .contains(outside.rule());
    }

    @Provide
    Arbitrary<Planned> patients() {
        return PlanGenerators.patients();
    }
}
