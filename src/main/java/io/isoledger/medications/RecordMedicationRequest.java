package io.isoledger.medications;

import io.isoledger.domain.Command.RecordConcomitantMedication;
import io.isoledger.domain.DrugClass;
import io.isoledger.http.ClinicalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordMedicationRequest")
@StopsAfterItStarts
public record RecordMedicationRequest(
        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = "^[\\p{L}\\p{N} ()/.,+-]+$", message = "must be a drug name")
        @Schema(example = "minocycline", required = true)
        String name,

        @NotNull @Schema(description = "R6 blocks an active TETRACYCLINE", example = "TETRACYCLINE", required = true)
        DrugClass drugClass,

        @NotNull @Schema(example = "2026-09-01", required = true) @ClinicalDate
        LocalDate startedOn,

        @Schema(description = "Set in a later record of the same name to end it", example = "2026-11-01") @ClinicalDate
        LocalDate stoppedOn) {

    RecordConcomitantMedication toCommand(String patientId) {
        return new RecordConcomitantMedication(patientId, name.strip(), drugClass, startedOn, stoppedOn);
    }
}
