package io.isoledger.pregnancyprevention;

import io.isoledger.domain.ContraceptionMethod;
import io.isoledger.domain.command.ConfirmContraception;
import io.isoledger.web.validation.ClinicalDate;
import io.isoledger.web.validation.DatesInOrder;
import io.isoledger.web.validation.UniqueItems;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ConfirmContraceptionRequest",
        description = "Methods in use from startedOn, confirmed by a clinician on confirmedOn (R5). Confirming methods"
                + " already in use renews R5's re-confirmation.")
@DatesInOrder(earlier = "startedOn", later = "confirmedOn")
public record ConfirmContraceptionRequest(
        @NotEmpty @Size(max = 11) @UniqueItems @Schema(example = "[\"IUD\", \"CONDOM\"]", required = true)
        List<@NotNull ContraceptionMethod> methods,

        @NotNull
        @PastOrPresent
        @Schema(
                description = "First day of use: R5 asks for the policy's lead days before the course's first supply",
                example = "2026-10-20",
                required = true)
        @ClinicalDate
        LocalDate startedOn,

        @PastOrPresent
        @Schema(
                description = "The day a clinician confirmed the methods; the clinic's today if left out",
                example = "2026-11-20")
        @ClinicalDate
        LocalDate confirmedOn) {

    ConfirmContraception toCommand(String patientId, LocalDate today) {
        // An EnumSet keeps the methods in one order on the wire, whatever order they came in.
        return new ConfirmContraception(
                patientId, EnumSet.copyOf(methods), startedOn, confirmedOn == null ? today : confirmedOn);
    }
}
