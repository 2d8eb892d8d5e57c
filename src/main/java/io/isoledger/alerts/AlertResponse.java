package io.isoledger.alerts;

import io.isoledger.domain.rules.AlertActions;
import io.isoledger.readmodel.PatientRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SafetyAlert")
public record AlertResponse(
        @Schema(example = "AL-5") String alertId,

        @Schema(description = "The rule that raised it: R4, R9, R10, R12, R18 or R19", example = "R9")
        String rule,

        @Schema(description = "A blocking alert stops prescriptions (R8) until resolved", example = "true")
        boolean blocking,

        @Schema(example = "Triglycerides 850 mg/dL exceed 800 mg/dL: risk of pancreatitis.")
        String reason,

        @Schema(
                description = "What is to be done about it",
                example = "Hold isotretinoin: a clinician reviews the lab results before any further prescription.")
        String action,

        @Schema(example = "2026-11-20") LocalDate raisedOn,
        @Schema(example = "2026-11-25T01:02:03Z") Instant raisedAt,

        @Schema(
                example = "OPEN",
                enumeration = {"OPEN", "RESOLVED"})
        String status,

        @Schema(description = "The clinician's decision, once resolved")
        Resolution resolution) {

    @Schema(name = "AlertResolution")
    public record Resolution(
            @Schema(example = "DR-7") String resolvedBy,

            @Schema(example = "Repeat test normal; continue with 10 mg.")
            String note,

            @Schema(example = "2026-11-26") LocalDate resolvedOn,
            @Schema(example = "2026-11-26T01:02:03Z") Instant resolvedAt) {}

    static AlertResponse of(SafetyAlert a) {
        Resolution resolution = SafetyAlert.RESOLVED.equals(a.status)
                ? new Resolution(a.resolvedBy, a.resolutionNote, a.resolvedOn, a.resolvedAt)
                : null;
        return new AlertResponse(
                a.alertId,
                a.rule,
                a.blocking,
                a.reason,
                AlertActions.of(a.rule, a.blocking),
                a.raisedOn,
                a.raisedAt,
                a.status,
                resolution);
    }

    /** The patient's alerts still open, oldest first. */
    public static List<AlertResponse> openOf(String patientId) {
        return PatientRow.ofPatient(SafetyAlert.class, patientId).stream()
                .filter(a -> SafetyAlert.OPEN.equals(a.status))
                .map(AlertResponse::of)
                .toList();
    }
}
