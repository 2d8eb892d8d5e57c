package io.isoledger.pregnancyprevention;

import io.isoledger.domain.ContraceptionFailureKind;
import io.isoledger.domain.command.ReportContraceptionFailure;
import io.isoledger.web.validation.ClinicalDate;
import io.isoledger.web.validation.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ReportContraceptionFailureRequest",
        description = "During a course or until contraception is no longer required after it, a failure raises a"
                + " blocking R18 alert: stop isotretinoin and contact the prescriber")
public record ReportContraceptionFailureRequest(
        @NotNull @PastOrPresent @Schema(example = "2026-11-27", required = true) @ClinicalDate
        LocalDate occurredOn,

        @NotNull @Schema(example = "MISSED_PILL", required = true)
        ContraceptionFailureKind kind,

        @Size(max = 2000) @Schema(example = "Two pills missed this week") @PlainText
        String notes) {

    ReportContraceptionFailure toCommand(String patientId) {
        return new ReportContraceptionFailure(patientId, occurredOn, kind, notes);
    }
}
