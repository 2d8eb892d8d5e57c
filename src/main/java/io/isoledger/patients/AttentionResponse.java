package io.isoledger.patients;

import io.isoledger.domain.TreatmentStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the clinician's worklist: who needs attention, and why. */
@Schema(name = "WorklistEntry")
public record AttentionResponse(
        @Schema(example = "P-123") String patientId,
        @Schema(example = "IN_TREATMENT") TreatmentStatus status,

        @Schema(
                description = "The first day the patient needs attention: the day its alerts have been open since, the"
                        + " blood test's due day or the supply's last day, whichever is earliest; the worklist's order,"
                        + " then the patient id. Null in the list of every patient for one who needs none",
                example = "2027-02-22")
        LocalDate attentionFrom,

        List<Reason> reasons) {

    @Schema(name = "AttentionReason")
    public record Reason(
            @Schema(
                    example = "SUPPLY_RUNNING_OUT",
                    enumeration = {"OPEN_ALERTS", "BLOOD_TEST_DUE", "SUPPLY_RUNNING_OUT"})
            String code,

            @Schema(example = "The supply ends on 2027-02-22.")
            String detail) {}

    static AttentionResponse of(PatientSummary s, LocalDate horizon) {
        List<Reason> reasons = new ArrayList<>();
        if (s.openAlerts > 0) {
            reasons.add(new Reason("OPEN_ALERTS", s.openAlerts + " safety alert(s) await a clinician."));
        }
        boolean inTreatment = s.status == TreatmentStatus.IN_TREATMENT;
        if (inTreatment && s.nextBloodTestDueOn != null && !s.nextBloodTestDueOn.isAfter(horizon)) {
            reasons.add(new Reason("BLOOD_TEST_DUE", "A blood test is due by " + s.nextBloodTestDueOn + "."));
        }
        if (inTreatment && s.supplyEndsOn != null && !s.supplyEndsOn.isAfter(horizon)) {
            reasons.add(new Reason("SUPPLY_RUNNING_OUT", "The supply ends on " + s.supplyEndsOn + "."));
        }
        return new AttentionResponse(s.patientId, s.status, s.attentionFrom, reasons);
    }
}
