package io.isoledger.treatment;

import io.isoledger.domain.command.EndTreatment;
import io.isoledger.web.validation.ClinicalDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EndTreatmentRequest")
public record EndTreatmentRequest(
        @NotNull
        @Schema(
                description = "The last day of treatment: not after today, not before the last supply's start (R21)",
                example = "2027-05-20",
                required = true)
        @ClinicalDate
        LocalDate endedOn,

        @NotNull @Schema(example = "COMPLETED", required = true)
        EndReason reason) {

    /** {@code today}: the clinic's date; an end after it is refused (R21). */
    EndTreatment toCommand(String patientId, LocalDate today) {
        return new EndTreatment(patientId, endedOn, reason.toDomain(), today);
    }
}
