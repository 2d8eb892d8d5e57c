package io.isoledger.pregnancyprevention;

import io.isoledger.domain.ReproductiveStatus;
import io.isoledger.domain.command.DeclareReproductiveStatus;
import io.isoledger.web.validation.ClinicalDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeclareReproductiveStatusRequest")
public record DeclareReproductiveStatusRequest(
        @NotNull
        @Schema(
                description = "R3 blocks PREGNANT, BREASTFEEDING and TRYING_TO_CONCEIVE",
                example = "NONE",
                required = true)
        ReproductiveStatus status,

        @NotNull @PastOrPresent @Schema(example = "2026-10-20", required = true) @ClinicalDate
        LocalDate declaredOn) {

    DeclareReproductiveStatus toCommand(String patientId) {
        return new DeclareReproductiveStatus(patientId, status, declaredOn);
    }
}
