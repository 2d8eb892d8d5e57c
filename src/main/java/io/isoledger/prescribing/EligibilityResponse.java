package io.isoledger.prescribing;

import io.isoledger.domain.Violation;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PrescriptionEligibility")
public record EligibilityResponse(
        @Schema(example = "P-123") String patientId,

        @Schema(description = "The day asked about: issued and starting that day", example = "2026-11-25")
        LocalDate on,

        @Schema(example = "false") boolean eligible,

        @Schema(description = "Every rule that would block a prescription that day")
        List<Violation> violations,

        @Schema(
                description = "Rules about the prescription's own numbers, checked only when it is issued",
                example = "[\"R1\", \"R7\"]")
        List<String> notChecked) {}
