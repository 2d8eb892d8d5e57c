package io.isoledger.worklist;

import io.isoledger.plans.StepState;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DueStep", description = "A step of a patient's plan whose window opens or closes in the range asked")
public record DueStepResponse(
        @Schema(example = "P-123") String patientId,
        @Schema(example = "R4") String rule,

        @Schema(example = "Sample a negative pregnancy test")
        String action,

        @Schema(example = "2026-11-25") LocalDate windowFrom,

        @Schema(description = "The deadline", example = "2026-12-25")
        LocalDate windowTo,

        @Schema(description = "Where the window stands on the clinic's today", example = "CLOSING")
        StepState state,

        @Schema(description = "The day the plan was made (the patient's last event)", example = "2026-11-20")
        LocalDate plannedOn) {

    static DueStepResponse of(PlanStep s, LocalDate today) {
        return new DueStepResponse(
                s.patientId,
                s.rule,
                s.action,
                s.windowFrom,
                s.windowTo,
                StepState.of(s.windowFrom, s.windowTo, s.done, today),
                s.plannedOn);
    }
}
