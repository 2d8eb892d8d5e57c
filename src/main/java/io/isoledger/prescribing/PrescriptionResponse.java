package io.isoledger.prescribing;

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
        @Schema(example = "2026-11-25T01:02:03Z") Instant issuedAt) {

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
                p.issuedAt);
    }
}
