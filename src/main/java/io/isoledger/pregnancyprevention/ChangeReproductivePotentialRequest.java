package io.isoledger.pregnancyprevention;

import io.isoledger.domain.PotentialChangeReason;
import io.isoledger.domain.command.ChangeReproductivePotential;
import io.isoledger.web.validation.ClinicalDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ChangeReproductivePotentialRequest",
        description = "Whether the patient can become pregnant, from changedOn: R4, R5 and R18 follow it from that"
                + " date. Who recorded it is the caller's token subject.")
public record ChangeReproductivePotentialRequest(
        @NotNull @Schema(example = "false", required = true) Boolean canBecomePregnant,

        @NotNull @PastOrPresent @Schema(example = "2026-11-02", required = true) @ClinicalDate
        LocalDate changedOn,

        @NotNull @Schema(example = "STERILIZATION", required = true)
        PotentialChangeReason reason) {

    ChangeReproductivePotential toCommand(String patientId, String recordedBy) {
        return new ChangeReproductivePotential(patientId, canBecomePregnant, changedOn, reason, recordedBy);
    }
}
