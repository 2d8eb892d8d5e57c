package io.isoledger.pregnancyprevention;

import io.isoledger.domain.PregnancyTestMethod;
import io.isoledger.domain.PregnancyTestResult;
import io.isoledger.domain.command.RecordPregnancyTest;
import io.isoledger.web.validation.ClinicalDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordPregnancyTestRequest")
public record RecordPregnancyTestRequest(
        @NotNull @PastOrPresent @Schema(example = "2026-11-22", required = true) @ClinicalDate
        LocalDate sampledOn,

        @NotNull
        @Schema(description = "A POSITIVE result raises a blocking R4 alert", example = "NEGATIVE", required = true)
        PregnancyTestResult result,

        @NotNull @Schema(example = "URINE", required = true) PregnancyTestMethod method) {

    RecordPregnancyTest toCommand(String patientId) {
        return new RecordPregnancyTest(patientId, sampledOn, result, method);
    }
}
