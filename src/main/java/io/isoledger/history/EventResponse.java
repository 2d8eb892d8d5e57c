package io.isoledger.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordedEvent", description = "One event of the patient's stream, as published on the events topic")
public record EventResponse(
        @Schema(description = "Per-patient sequence number, 1, 2, 3 ... (ce_sequence)", example = "1")
        long sequence,

        @Schema(description = "Event name", example = "PatientEnrolled")
        String type,

        @Schema(description = "CloudEvents type (ce_type)", example = "isoledger.PatientEnrolled.v1")
        String ceType,

        @Schema(description = "CloudEvents id (ce_id)", example = "1b4e28ba-2fa1-3d2d-883f-0016d3cca427")
        String eventId,

        @Schema(description = "When it was recorded (ce_time)", example = "2026-11-25T01:02:03Z")
        Instant time,

        @Schema(example = "5f1c7c52-8e3c-4c0e-9b8e-0a1b2c3d4e5f")
        String correlationId,

        @Schema(description = "The command that caused it") String causationId,

        @Schema(description = "Who caused it (ce_actor)", example = "anonymous")
        String actor,

        @Schema(
                implementation = Object.class,
                type = SchemaType.OBJECT,
                additionalProperties = Schema.True.class,
                description = "The event's data, exactly as on the events topic: a JSON object whose fields"
                        + " depend on the event type, described by the JSON Schema in openapi/events/ named"
                        + " after its ceType ({ceType}.schema.json; a superseded version's data as written)")
        JsonNode data) {}
