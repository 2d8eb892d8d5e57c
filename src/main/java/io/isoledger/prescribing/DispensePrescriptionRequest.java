package io.isoledger.prescribing;

import io.isoledger.domain.command.DispensePrescription;
import io.isoledger.patients.PatientId;
import io.isoledger.web.validation.ClinicalDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Shape only: whether it may be handed over that day is the decider's question (R22, R23, R4, R8). */
@Schema(name = "DispensePrescriptionRequest")
public record DispensePrescriptionRequest(
        @NotNull
        @PastOrPresent
        @Schema(description = "The day of the hand-over", example = "2026-11-26", required = true)
        @ClinicalDate
        LocalDate dispensedOn,

        @NotNull
        @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
        @Schema(description = "The dispensing pharmacy", example = "PH-12", required = true)
        String pharmacyId,

        @NotNull
        @Min(1)
        @Max(2000)
        @Schema(description = "Capsules handed over: at most those prescribed (R23)", example = "30", required = true)
        Integer quantity) {

    DispensePrescription toCommand(String patientId, String prescriptionId) {
        return new DispensePrescription(patientId, prescriptionId, dispensedOn, pharmacyId, quantity);
    }
}
