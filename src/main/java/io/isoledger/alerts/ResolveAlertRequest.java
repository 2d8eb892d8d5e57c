package io.isoledger.alerts;

import io.isoledger.domain.command.ResolveAlert;
import io.isoledger.patients.PatientId;
import io.isoledger.web.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinician's decision to go on despite an alert, with who and why: the audited override of R8. */
@Schema(name = "ResolveAlertRequest")
public record ResolveAlertRequest(
        @NotNull
        @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
        @Schema(description = "The clinician who decided", example = "DR-7", required = true)
        String resolvedBy,

        @NotBlank
        @Size(max = 2000)
        @Schema(
                description = "Why treatment may go on",
                example = "Repeat test normal; continue with 10 mg.",
                required = true)
        @PlainText
        String note) {

    ResolveAlert toCommand(String patientId, String alertId, LocalDate today) {
        return new ResolveAlert(patientId, alertId, resolvedBy, note, today);
    }
}
