package io.isoledger.projection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an acknowledgement of the dead letters. */
@Schema(description = "How many dead letters, parked since the instance started, this call acknowledged")
public record DeadLetterAcknowledgement(
        @Schema(
                description = "Dead letters acknowledged by this call; 0 when there were none",
                example = "2",
                minimum = "0")
        long acknowledged) {}
