package io.isoledger.http;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a write answers: the patient's stream version after it, and a position token to read at. */
@Schema(name = "WriteResult")
public record WriteResult(
        @Schema(example = "P-123") String patientId,
        @Schema(description = "The patient's stream version after this write", example = "3") long version,
        @Schema(description = "Position token: the write is readable once the patient is projected to it",
                example = "P-123@3") String position,
        @Schema(description = "False when the answer came before the read model caught up (202)") boolean projected) {}
