package io.isoledger.medications;

import io.isoledger.domain.DrugClass;
import io.isoledger.domain.command.RecordConcomitantMedication;
import io.isoledger.web.validation.ClinicalDate;
import io.isoledger.web.validation.DatesInOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordMedicationRequest")
@DatesInOrder(earlier = "startedOn", later = "stoppedOn")
public record RecordMedicationRequest(
        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = "^[\\p{L}\\p{N} ()/.,+-]+$", message = "must be a drug name")
        @Schema(example = "minocycline", required = true)
        String name,

        @NotNull
        @Schema(
                description = "R6 and R19 keep TETRACYCLINE and VITAMIN_A away from isotretinoin",
                example = "TETRACYCLINE",
                required = true)
        DrugClass drugClass,

        @NotNull @PastOrPresent @Schema(example = "2026-09-01", required = true) @ClinicalDate
        LocalDate startedOn,

        @PastOrPresent
        @Schema(
                description = "The last day taken. It also ends an open record of the same drug that started on or"
                        + " before it, so a later record with the stop ends the drug (R6)",
                example = "2026-11-01")
        @ClinicalDate
        LocalDate stoppedOn) {

    RecordConcomitantMedication toCommand(String patientId) {
        return new RecordConcomitantMedication(patientId, name.strip(), drugClass, startedOn, stoppedOn);
    }
}
