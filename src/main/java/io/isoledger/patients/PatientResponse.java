package io.isoledger.patients;

import io.isoledger.domain.Sex;
import io.isoledger.http.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Patient", description = "The patient's summary, as projected from the events")
public record PatientResponse(
        @Schema(example = "P-123") String patientId,
        @Schema(example = "FEMALE") Sex sex,
        @Schema(example = "2001-04-02") LocalDate birthDate,
        @Schema(description = "Last recorded body weight, kg", example = "58.5") BigDecimal weightKg,
        @Schema(example = "true") boolean canBecomePregnant,
        @Schema(example = "2026-11-25T01:02:03Z") Instant enrolledAt,
        @Schema(description = "Stream version: the sequence number of the patient's last event", example = "4")
                long version,
        @Schema(example = "1") int prescriptionCount,
        @Schema(description = "Isotretinoin prescribed so far, mg", example = "1800") long cumulativeDoseMg,
        @Schema(description = "Cumulative dose per kg of the last recorded weight", example = "30.77")
                BigDecimal cumulativeDoseMgPerKg,
        @Schema(description = "Sample date of the latest blood test", example = "2026-11-20") LocalDate lastBloodTestOn,
        @Schema(description = "Last day covered by the supply prescribed so far", example = "2027-02-22")
                LocalDate supplyEndsOn) {

    static PatientResponse of(PatientSummary s) {
        BigDecimal perKg = BigDecimal.valueOf(s.cumulativeDoseMg).divide(s.weightKg, 2, RoundingMode.HALF_UP);
        return new PatientResponse(
                s.patientId,
                s.sex,
                s.birthDate,
                Decimals.plain(s.weightKg),
                s.canBecomePregnant,
                s.enrolledAt,
                s.version,
                s.prescriptionCount,
                s.cumulativeDoseMg,
                perKg,
                s.lastBloodTestOn,
                s.supplyEndsOn);
    }
}
