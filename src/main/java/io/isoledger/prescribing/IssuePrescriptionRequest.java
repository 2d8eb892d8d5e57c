package io.isoledger.prescribing;

import io.isoledger.domain.command.IssuePrescription;
import io.isoledger.patients.PatientId;
import io.isoledger.web.validation.ClinicalDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Shape only: whether the prescription is clinically allowed is the decider's question (R1-R15). */
@Schema(name = "IssuePrescriptionRequest")
public record IssuePrescriptionRequest(
        @NotNull
        @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
        @Schema(description = "The hospital's prescription id, unique per patient", example = "RX-9", required = true)
        String prescriptionId,

        @NotNull
        @Min(1)
        @Max(1000)
        @Schema(description = "Capsule strength, mg (10 or 20, R7)", example = "20", required = true)
        Integer strengthMg,

        @NotNull @Min(1) @Max(20) @Schema(example = "1", required = true)
        Integer capsulesPerDay,

        @NotNull @Min(1) @Max(366) @Schema(description = "Days of supply (R1)", example = "90", required = true)
        Integer daysSupply,

        @NotNull @Schema(example = "2026-11-25", required = true) @ClinicalDate
        LocalDate startsOn,

        @NotNull
        @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
        @Schema(description = "The prescribing clinician", example = "DR-7", required = true)
        String prescriberId) {

    IssuePrescription toCommand(String patientId, LocalDate issuedOn) {
        return new IssuePrescription(
                patientId, prescriptionId, strengthMg, capsulesPerDay, daysSupply, startsOn, issuedOn, prescriberId);
    }
}
