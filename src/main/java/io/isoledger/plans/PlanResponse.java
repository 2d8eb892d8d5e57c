package io.isoledger.plans;

import io.isoledger.domain.planning.Plan;
import io.isoledger.domain.planning.Step;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Plan", description = "What the patient must do, by when, derived from the rules that decide")
public record PlanResponse(
        @Schema(example = "P-123") String patientId,

        @Schema(description = "The clinic's today the plan is for", example = "2026-11-25")
        LocalDate today,

        @Schema(example = "BEFORE_A_COURSE") Plan.Phase phase,

        @Schema(
                description = "The first day a prescription can start; null while a pregnancy or an interacting"
                        + " drug without a stop stands in the way (see the steps), and after a course's end",
                example = "2026-12-25")
        LocalDate earliestStart,

        @Schema(description = "The start the steps are for: the earliest, or the one asked for", example = "2026-12-25")
        LocalDate startsOn,

        List<StepResponse> steps) {

    @Schema(name = "PlanStep")
    public record StepResponse(
            @Schema(description = "The rule that asks for it", example = "R4")
            String rule,

            @Schema(example = "Sample a negative pregnancy test")
            String action,

            @Schema(description = "First day of the window; null where only a deadline applies", example = "2026-11-25")
            LocalDate from,

            @Schema(description = "Last day of the window", example = "2026-12-25")
            LocalDate to,

            @Schema(example = "false") boolean done,
            @Schema(example = "OPEN") StepState state) {}

    static PlanResponse of(String patientId, LocalDate today, Plan plan) {
        return new PlanResponse(
                patientId,
                today,
                plan.phase(),
                plan.earliestStart(),
                plan.startsOn(),
                plan.steps().stream().map(s -> step(s, today)).toList());
    }

    private static StepResponse step(Step s, LocalDate today) {
        return new StepResponse(
                s.rule(), s.action(), s.from(), s.to(), s.done(), StepState.of(s.from(), s.to(), s.done(), today));
    }
}
