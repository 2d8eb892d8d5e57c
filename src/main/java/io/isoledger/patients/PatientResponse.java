package io.isoledger.patients;

import io.isoledger.alerts.AlertResponse;
import io.isoledger.domain.ReproductiveStatus;
import io.isoledger.domain.Sex;
import io.isoledger.domain.TreatmentEndReason;
import io.isoledger.domain.TreatmentStatus;
import io.isoledger.web.json.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient's summary: the {@link PatientSummary} row with the facts in force, open alerts and supplies. */
@Schema(name = "Patient", description = "The patient's summary, as projected from the events")
public record PatientResponse(
        @Schema(example = "P-123") String patientId,
        @Schema(example = "FEMALE") Sex sex,
        @Schema(example = "2001-04-02") LocalDate birthDate,

        @Schema(description = "The latest body weight by the day it was measured, kg", example = "58.5")
        BigDecimal weightKg,

        @Schema(example = "true") boolean canBecomePregnant,

        @Schema(
                description = "The latest reproductive status by the day it was declared (R3), if any",
                example = "NONE")
        ReproductiveStatus reproductiveStatus,

        @Schema(example = "2026-11-25T01:02:03Z") Instant enrolledAt,

        @Schema(description = "Stream version: the sequence number of the patient's last event", example = "4")
        long version,

        @Schema(example = "IN_TREATMENT") TreatmentStatus status,

        @Schema(description = "First day of the current (or last) course", example = "2026-11-25")
        LocalDate courseStartedOn,

        @Schema(example = "2027-05-20") LocalDate treatmentEndedOn,
        @Schema(example = "COMPLETED") TreatmentEndReason endReason,
        @Schema(example = "1") int prescriptionCount,

        @Schema(description = "R14: isotretinoin prescribed in the current (or last) course, mg", example = "1800")
        long cumulativeDoseMg,

        @Schema(
                description = "R14: the course's cumulative dose per kg of the latest weight; a course aims at 120-150",
                example = "30.77")
        BigDecimal cumulativeDoseMgPerKg,

        @Schema(description = "Sample date of the latest blood test", example = "2026-11-20")
        LocalDate lastBloodTestOn,

        @Schema(description = "When the next blood test is due (R2), if one is", example = "2027-02-16")
        LocalDate nextBloodTestDueOn,

        @Schema(description = "Last day covered by the supply prescribed so far", example = "2027-02-22")
        LocalDate supplyEndsOn,

        @Schema(description = "Safety alerts not yet resolved", example = "0")
        int openAlerts,

        @Schema(description = "R13: restriction dates; during treatment they follow the current supply's end")
        RestrictionsResponse restrictions,

        @Schema(description = "The facts in force on a day (the clinic's today unless asked for another)")
        InForceResponse inForce,

        @Schema(description = "The alerts still open, each with what is to be done")
        List<AlertResponse> alerts,

        @Schema(
                description = "The current (or last) course's supplies in the order issued, each with where its"
                        + " capsules are (R22)")
        List<SupplyResponse> supplies) {

    static PatientResponse of(
            PatientSummary s, InForceResponse inForce, List<AlertResponse> alerts, List<SupplyResponse> supplies) {
        BigDecimal perKg = BigDecimal.valueOf(s.cumulativeDoseMg).divide(s.weightKg, 2, RoundingMode.HALF_UP);
        return new PatientResponse(
                s.patientId,
                s.sex,
                s.birthDate,
                Decimals.plain(s.weightKg),
                s.canBecomePregnant,
                s.reproductiveStatus,
                s.enrolledAt,
                s.version,
                s.status,
                s.courseStartedOn,
                s.treatmentEndedOn,
                s.endReason,
                s.prescriptionCount,
                s.cumulativeDoseMg,
                perKg,
                s.lastBloodTestOn,
                s.nextBloodTestDueOn,
                s.supplyEndsOn,
                s.openAlerts,
                new RestrictionsResponse(
                        s.contraceptionRequiredUntil, s.bloodDonationAllowedFrom, s.cosmeticProceduresAllowedFrom),
                inForce,
                alerts,
                supplies);
    }
}
