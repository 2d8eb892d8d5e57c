package io.isoledger.labs;

import io.isoledger.domain.Analyte;
import io.isoledger.http.Decimals;
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

            @Schema(example = "21") BigDecimal value,
            @Schema(example = "U/L") String unit,
            @Schema(example = "40") BigDecimal upperLimitOfNormal) {

        static ResultResponse of(BloodTestResult r) {
            return new ResultResponse(
                    r.analyte,
                    r.analyte.loinc(),
                    Decimals.plain(r.value),
                    r.unit,
                    Decimals.plain(r.upperLimitOfNormal));
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
