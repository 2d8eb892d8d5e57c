package io.isoledger.labs;

import io.isoledger.domain.Analyte;
import io.isoledger.web.json.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BloodTest")
public record BloodTestResponse(
        @Schema(description = "The sequence number of the BloodTestRecorded event; identifies the test", example = "2")
        long sequence,

        @Schema(example = "2026-11-20") LocalDate sampledOn,
        @Schema(example = "true") boolean fasting,
        @Schema(example = "2026-11-25T01:02:03Z") Instant recordedAt,
        List<ResultResponse> results) {

    @Schema(name = "LabResultView")
    public record ResultResponse(
            @Schema(example = "ALT") Analyte analyte,

            @Schema(description = "LOINC code, where the catalogue names one", example = "1742-6")
            String loinc,

            @Schema(description = "As the lab sent it", example = "0.35")
            BigDecimal value,

            @Schema(description = "As the lab sent it", example = "µkat/L")
            String unit,

            @Schema(description = "As the lab sent it, in its unit", example = "0.67")
            BigDecimal upperLimitOfNormal,

            @Schema(
                    description = "The value in the analyte's standard unit, which the rules judge (R9); null only for"
                            + " results recorded before units were checked, in a unit that is not accepted",
                    example = "21")
            BigDecimal standardValue,

            @Schema(description = "The analyte's standard unit (UCUM)", example = "U/L")
            String standardUnit,

            @Schema(description = "The lab's upper limit of normal in the standard unit", example = "40.2")
            BigDecimal standardUpperLimitOfNormal) {

        static ResultResponse of(BloodTestResult r) {
            return new ResultResponse(
                    r.analyte,
                    r.analyte.loinc(),
                    Decimals.plain(r.value),
                    r.unit,
                    Decimals.plain(r.upperLimitOfNormal),
                    Decimals.plain(r.standardValue),
                    r.standardUnit,
                    Decimals.plain(r.standardUpperLimitOfNormal));
        }
    }

    static BloodTestResponse of(BloodTest test, List<BloodTestResult> results) {
        return new BloodTestResponse(
                test.sequence,
                test.sampledOn,
                test.fasting,
                test.recordedAt,
                results.stream().map(ResultResponse::of).toList());
    }
}
