package io.isoledger.sideeffects;

import io.isoledger.domain.Reporter;
import io.isoledger.domain.SideEffectTerm;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SideEffect")
public record SideEffectResponse(
        @Schema(description = "Sequence number of the SideEffectReported event; identifies the report", example = "4")
        long sequence,

        @Schema(example = "DRY_LIPS") SideEffectTerm term,
        @Schema(example = "1") int grade,
        @Schema(example = "2026-12-01") LocalDate onsetOn,
        @Schema(example = "PATIENT") Reporter reportedBy,
        @Schema(example = "cracked") String notes,

        @Schema(
                description = "R11: an acne flare in weeks 1-8 of the course is the expected initial flare",
                example = "false")
        boolean expected,

        @Schema(example = "2026-12-02T01:02:03Z") Instant reportedAt) {

    static SideEffectResponse of(SideEffect s) {
        return new SideEffectResponse(
                s.sequence, s.term, s.grade, s.onsetOn, s.reportedBy, s.notes, s.expected, s.reportedAt);
    }
}
