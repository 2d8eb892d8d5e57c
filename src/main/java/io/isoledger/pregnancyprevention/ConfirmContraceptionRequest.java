package io.isoledger.pregnancyprevention;

import io.isoledger.domain.Command.ConfirmContraception;
import io.isoledger.domain.ContraceptionMethod;
import io.isoledger.http.ClinicalDate;
import io.isoledger.http.UniqueItems;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConfirmContraceptionRequest")
public record ConfirmContraceptionRequest(
        @NotEmpty @Size(max = 11) @UniqueItems @Schema(example = "[\"IUD\", \"CONDOM\"]", required = true)
        List<@NotNull ContraceptionMethod> methods,

        @NotNull
        @Schema(
                description = "R5: at least the policy's days before the first prescription",
                example = "2026-10-20",
                required = true)
        @ClinicalDate
        LocalDate startedOn) {

    ConfirmContraception toCommand(String patientId) {
        // An EnumSet keeps the methods in one order on the wire, whatever order they came in.
        return new ConfirmContraception(patientId, EnumSet.copyOf(methods), startedOn);
    }
}
