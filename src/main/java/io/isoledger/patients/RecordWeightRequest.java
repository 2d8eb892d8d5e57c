package io.isoledger.patients;

import io.isoledger.domain.command.RecordWeight;
import io.isoledger.web.validation.ClinicalDate;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordWeightRequest", description = "A new body weight: R7 doses and R14 mg/kg use the last one")
public record RecordWeightRequest(
        @NotNull
        @DecimalMin("1.0")
        @DecimalMax("400.0")
        @Digits(integer = 3, fraction = 2)
        @Schema(example = "60.2", required = true)
        BigDecimal weightKg,

        @NotNull @PastOrPresent @Schema(example = "2026-12-20", required = true) @ClinicalDate
        LocalDate measuredOn) {

    RecordWeight toCommand(String patientId) {
        return new RecordWeight(patientId, weightKg, measuredOn);
    }
}
