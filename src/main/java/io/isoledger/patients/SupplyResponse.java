package io.isoledger.patients;

import io.isoledger.domain.prescribing.Course;
import io.isoledger.domain.prescribing.Supply;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One prescription's supply and where its capsules are (R22), as {@link PatientResponse} lists them. */
@Schema(name = "Supply")
public record SupplyResponse(
        @Schema(example = "RX-1") String prescriptionId,
        @Schema(example = "2026-11-25") LocalDate startsOn,
        @Schema(example = "2026-12-24") LocalDate endsOn,

        @Schema(
                description = "PENDING at the pharmacy until dispenseBy, then DISPENSED, or EXPIRED if not handed"
                        + " over in time; an expired supply is not counted as in hand (R15, R17) nor in the"
                        + " cumulative dose",
                example = "PENDING")
        Supply.Status status,

        @Schema(
                description = "The last day it may be dispensed; null for one issued before dispensing was"
                        + " recorded, which is taken as handed over",
                example = "2026-12-02")
        LocalDate dispenseBy) {

    static List<SupplyResponse> of(Course course) {
        return course.supplies().stream()
                .map(s -> new SupplyResponse(s.prescriptionId(), s.startsOn(), s.endsOn(), s.status(), s.dispenseBy()))
                .toList();
    }
}
