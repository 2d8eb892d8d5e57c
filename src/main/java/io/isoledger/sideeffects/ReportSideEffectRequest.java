package io.isoledger.sideeffects;

import io.isoledger.domain.Reporter;
import io.isoledger.domain.SideEffectTerm;
import io.isoledger.domain.command.ReportSideEffect;
import io.isoledger.web.validation.ClinicalDate;
import io.isoledger.web.validation.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportSideEffectRequest")
public record ReportSideEffectRequest(
        @NotNull
        @Schema(description = "Side-effect term of the catalogue's code list", example = "DRY_LIPS", required = true)
        SideEffectTerm term,

        @NotNull
        @Min(1)
        @Max(5)
        @Schema(description = "CTCAE v5 grade, 1 mild to 5 death", example = "1", required = true)
        Integer grade,

        @NotNull @PastOrPresent @Schema(example = "2026-12-01", required = true) @ClinicalDate
        LocalDate onsetOn,

        @NotNull @Schema(example = "PATIENT", required = true)
        Reporter reportedBy,

        @Size(max = 2000)
        @Schema(description = "Free text; required in practice for OTHER", example = "cracked")
        @PlainText
        String notes) {

    ReportSideEffect toCommand(String patientId) {
        return new ReportSideEffect(patientId, term, grade, onsetOn, reportedBy, notes);
    }
}
