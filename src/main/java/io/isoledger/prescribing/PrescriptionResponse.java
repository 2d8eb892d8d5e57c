package io.isoledger.prescribing;

import io.isoledger.domain.prescribing.Supply;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Prescription")
public record PrescriptionResponse(
        @Schema(example = "RX-9") String prescriptionId,

        @Schema(description = "Sequence number of the PrescriptionIssued event", example = "3")
        long sequence,

        @Schema(example = "20") int strengthMg,
        @Schema(example = "1") int capsulesPerDay,
        @Schema(example = "20") int dailyDoseMg,
        @Schema(example = "90") int daysSupply,

        @Schema(description = "Isotretinoin supplied by this prescription, mg", example = "1800")
        int totalMg,

        @Schema(example = "2026-11-25") LocalDate startsOn,

        @Schema(description = "Last day of the supply", example = "2027-02-22")
        LocalDate endsOn,

        @Schema(description = "The clinic's date of issue", example = "2026-11-25")
        LocalDate issuedOn,

        @Schema(example = "DR-7") String prescriberId,
        @Schema(example = "2026-11-25T01:02:03Z") Instant issuedAt,

        @Schema(
                description = "R22: PENDING at the pharmacy until dispenseBy, then DISPENSED, or EXPIRED if not"
                        + " handed over in time (an expired supply no longer counts as in hand)",
                example = "PENDING")
        Supply.Status status,

        @Schema(
                description = "R22: the last day it may be dispensed; null for one issued before dispensing was"
                        + " recorded",
                example = "2026-12-02")
        LocalDate dispenseBy,

        @Schema(description = "The hand-over, once dispensed")
        Dispensing dispensing,

        @Schema(description = "The day it expired undispensed (R22)", example = "2026-12-03")
        LocalDate expiredOn) {

    @Schema(name = "Dispensing")
    public record Dispensing(
            @Schema(example = "2026-11-26") LocalDate dispensedOn,
            @Schema(example = "PH-12") String pharmacyId,

            @Schema(description = "Capsules handed over", example = "30")
            int quantity) {}

    static PrescriptionResponse of(Prescription p) {
        return new PrescriptionResponse(
                p.prescriptionId,
                p.sequence,
                p.strengthMg,
                p.capsulesPerDay,
                p.dailyDoseMg,
                p.daysSupply,
                p.totalMg,
                p.startsOn,
                p.endsOn,
                p.issuedOn,
                p.prescriberId,
                p.issuedAt,
                p.supplyStatus,
                p.dispenseBy,
                p.dispensedOn == null ? null : new Dispensing(p.dispensedOn, p.pharmacyId, p.quantityDispensed),
                p.expiredOn);
    }
}
