package io.isoledger.procedures;

import io.isoledger.domain.ProcedureKind;
import io.isoledger.domain.command.ScheduleProcedure;
import io.isoledger.patients.PatientId;
import io.isoledger.web.validation.ClinicalDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScheduleProcedureRequest")
public record ScheduleProcedureRequest(
        @NotNull
        @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
        @Schema(description = "The hospital's id of the procedure", example = "PR-1", required = true)
        String procedureId,

        @NotNull @Schema(example = "LASER", required = true) ProcedureKind kind,

        @NotNull @Schema(example = "2027-03-01", required = true) @ClinicalDate
        LocalDate scheduledOn) {

    ScheduleProcedure toCommand(String patientId) {
        return new ScheduleProcedure(patientId, procedureId, kind, scheduledOn);
    }
}
