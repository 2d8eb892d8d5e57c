package io.isoledger.labs;

import io.isoledger.domain.Analyte;
import io.isoledger.domain.LabResult;
import io.isoledger.domain.command.RecordBloodTest;
import io.isoledger.units.LabUnits;
import io.isoledger.web.validation.ClinicalDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordBloodTestRequest")
public record RecordBloodTestRequest(
        @NotNull @PastOrPresent @Schema(example = "2026-11-20", required = true) @ClinicalDate
        LocalDate sampledOn,

        @NotNull @Schema(example = "true", required = true) Boolean fasting,
        @NotEmpty @Size(max = 20) @Schema(required = true) List<@NotNull @Valid Result> results) {

    @Schema(name = "LabResult")
    @AcceptedUnit
    public record Result(
            @NotNull @Schema(example = "ALT", required = true)
            Analyte analyte,

            @NotNull @DecimalMin("0") @DecimalMax("1000000") @Schema(example = "21", required = true)
            BigDecimal value,

            @NotBlank
            @Size(max = 16)
            @Pattern(regexp = "^[\\p{L}\\p{N}/%.*^\\[\\] ]+$", message = "must be a unit such as U/L or mg/dL")
            @Schema(
                    description = "The unit as the lab sent it, converted before any rule applies (R9). Accepted:"
                            + " triglycerides and cholesterol mg/dL, mmol/L, g/L; ALT and AST U/L, µkat/L; hCG"
                            + " mIU/mL, IU/L (UCUM codes such as ukat/L and m[IU]/mL too)",
                    example = "U/L",
                    required = true)
            String unit,

            @DecimalMin("0")
            @DecimalMax("1000000")
            @Schema(
                    description = "The lab's upper limit of normal, in the result's unit. R9 judges ALT and AST"
                            + " against it; without it, the policy's default applies and the alert says so",
                    example = "40")
            BigDecimal upperLimitOfNormal) {

        LabResult toLabResult() {
            LabUnits.Converted standard = LabUnits.convert(analyte, value, unit, upperLimitOfNormal)
                    .orElseThrow(() -> new IllegalStateException("unit checked by @AcceptedUnit: " + unit));
            return new LabResult(
                    analyte,
                    value,
                    unit,
                    upperLimitOfNormal,
                    standard.standardValue(),
                    analyte.standardUnit(),
                    standard.standardUpperLimitOfNormal());
        }
    }

    RecordBloodTest toCommand(String patientId) {
        List<LabResult> labResults = results.stream().map(Result::toLabResult).toList();
        return new RecordBloodTest(patientId, sampledOn, fasting, labResults);
    }
}
