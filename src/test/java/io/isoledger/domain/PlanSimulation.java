package io.isoledger.domain;

import static io.isoledger.domain.Fixtures.CLINICIAN;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.PlanGenerators.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.command.Command;
import io.isoledger.domain.command.DispensePrescription;
import io.isoledger.domain.command.IssuePrescription;
import io.isoledger.domain.command.RecordBloodTest;
import io.isoledger.domain.command.RecordPregnancyTest;
import io.isoledger.domain.command.ResolveAlert;
import io.isoledger.domain.planning.Plan;
import io.isoledger.domain.planning.Planner;
import io.isoledger.domain.planning.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.statistics.Statistics;

/**
 * Time passing until a plan's start: each step not done is done through the decider on a random day
 * of its window, except at most one, done a day outside it (before {@code from}, or for a step with
 * only a deadline a day after {@code to}: an alert resolved after the issue). The plan assumes the
 * prescription (20 mg once a day for 30 days) issued on its start.
 */
final class PlanSimulation {

    static final String PRESCRIPTION = "rx-planned";

    private final Policy policy;
    private final Random random;
    private PatientState state;

    private PlanSimulation(Policy policy, Random random) {
        this.state = PatientState.initial(PATIENT);
        this.policy = policy;
        this.random = random;
    }

    /** The generated patient, every fact decided and folded as the service does; random days from {@code seed}. */
    static PlanSimulation of(PlanGenerators.Planned p, long seed) {
        PlanSimulation s = new PlanSimulation(p.policy(), new Random(seed));
        s.record(p.enrolment());
        s.state = Evolver.evolveAll(s.state, p.course());
        p.facts().forEach(s::record);
        return s;
    }

    /** The patient's plan from TODAY, the mix of cases collected; a plan without an earliest start is skipped. */
    Plan plan(PlanGenerators.Planned p) {
        Plan plan = Planner.plan(state, policy, TODAY, Optional.empty());
        Statistics.label("patient")
                .collect(p.profile(), p.canBecomePregnant() ? "can become pregnant" : "cannot", plan.phase());
        Statistics.label("earliest start").collect(plan.earliestStart() == null ? "none" : "some");
        Assume.that(plan.earliestStart() != null);
        Statistics.label("steps to do")
                .collect(plan.steps().stream().filter(s -> !s.done()).count());
        return plan;
    }

    /** Every step not done, the one at {@code outside} (-1: none) a day outside its window; then the issue. */
    Decision doStepsAndIssue(Plan plan, int outside) {
        List<Step> steps = plan.steps();
        Step confirmation = steps.stream()
                .filter(s -> s.rule().equals("R5") && s.from() != null)
                .findFirst()
                .orElse(null);
        boolean confirmationOutside = outside >= 0 && steps.get(outside) == confirmation;
        boolean inUseStep = false;
        LocalDate issuedOn = plan.startsOn();
        List<PatientState.Alert> alerts = state.openBlockingAlerts();
        List<String> toResolve = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean out = i == outside;
            switch (step.rule()) {
                case "R2" -> {
                    if (!step.done()) {
                        LocalDate day = day(step, out);
                        record(new RecordBloodTest(
                                PATIENT, day, true, Fixtures.bloodTest(day).results()));
                    }
                }
                case "R4" -> {
                    if (!step.done()) {
                        record(new RecordPregnancyTest(
                                PATIENT, day(step, out), PregnancyTestResult.NEGATIVE, PregnancyTestMethod.URINE));
                    }
                }
                case "R5" -> {
                    if (step.from() == null) {
                        inUseStep = true;
                        if (!step.done()) {
                            record(ContraceptionStepFacts.inUse(
                                    step, out, confirmation, confirmationOutside, this::between));
                        }
                    }
                }
                // One step per open blocking alert, in their order; the one outside is resolved after the issue.
                case "R8" ->
                    toResolve.add(out ? null : alerts.get(toResolve.size()).alertId());
                case "R16" -> issuedOn = out ? step.from().minusDays(1) : step.to();
                case "R22" -> {}
                default -> throw new AssertionError("A step the simulation cannot do: " + step);
            }
        }
        if (confirmation != null && !confirmation.done()) {
            ContraceptionStepFacts.confirmation(
                            state,
                            policy,
                            plan.startsOn(),
                            confirmation,
                            confirmationOutside,
                            !inUseStep,
                            this::between)
                    .forEach(this::record);
        }
        toResolve.stream()
                .filter(Objects::nonNull)
                .forEach(id -> record(new ResolveAlert(PATIENT, id, CLINICIAN, "reviewed", TODAY)));
        return decide(new IssuePrescription(
                PATIENT, PRESCRIPTION, 20, 1, 30, plan.startsOn(), issuedOn, Fixtures.PRESCRIBER));
    }

    /** The planned prescription's 30 capsules handed over on {@code day}, decided but not folded in. */
    Decision dispense(LocalDate day) {
        var dispensing = new DispensePrescription(PATIENT, PRESCRIPTION, day, Fixtures.PHARMACY, 30);
        return Decider.decide(dispensing, state, policy);
    }

    Decision decide(Command command) {
        Decision decision = Decider.decide(command, state, policy);
        if (decision instanceof Accepted accepted) {
            state = Evolver.evolveAll(state, accepted.events());
        }
        return decision;
    }

    private void record(Command fact) {
        assertThat(decide(fact)).as("decision on %s", fact).isInstanceOf(Accepted.class);
    }

    /** A random day of the step's window, or the day before it. */
    private LocalDate day(Step step, boolean outside) {
        return outside ? step.from().minusDays(1) : between(step.from(), step.to());
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        assertThat(from).as("a window's first day").isBeforeOrEqualTo(to);
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }
}
