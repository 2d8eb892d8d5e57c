package io.isoledger.pregnancyprevention;

import io.isoledger.domain.ContraceptionMethod;
import io.isoledger.domain.command.StopContraception;
import io.isoledger.web.validation.ClinicalDate;
import io.isoledger.web.validation.UniqueItems;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StopContraceptionRequest", description = "Methods no longer in use from stoppedOn (R5)")
public record StopContraceptionRequest(
        @NotNull
        @PastOrPresent
        @Schema(description = "The first day the methods are no longer used", example = "2026-11-20", required = true)
        @ClinicalDate
        LocalDate stoppedOn,

        @NotEmpty @Size(max = 11) @UniqueItems @Schema(example = "[\"ORAL_CONTRACEPTIVE\"]", required = true)
        List<@NotNull ContraceptionMethod> methods) {

    StopContraception toCommand(String patientId) {
        return new StopContraception(patientId, EnumSet.copyOf(methods), stoppedOn);
    }
}
