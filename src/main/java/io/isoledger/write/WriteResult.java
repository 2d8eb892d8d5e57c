package io.isoledger.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.isoledger.eventlog.Reply;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a write answers: the patient's stream version after it, and a position token to read at. */
@Schema(name = "WriteResult")
public record WriteResult(
        @Schema(example = "P-123") String patientId,

        @Schema(description = "The patient's stream version after this write", example = "3")
        long version,

        @Schema(
                description = "Position token: the write is readable once the patient is projected to it",
                example = "P-123@3")
        String position,

        @Schema(description = "False when the answer came before the read model caught up (202)")
        boolean projected,

        @Schema(description = "The events this write appended, in order (a fact, then any safety alerts it raised)")
        List<AppendedEvent> events) {

    @Schema(name = "AppendedEvent")
    public record AppendedEvent(
            @Schema(example = "BloodTestRecorded") String type,
            @Schema(example = "2") long sequence,

            @Schema(
                    implementation = Object.class,
                    type = SchemaType.OBJECT,
                    additionalProperties = Schema.True.class,
                    description = "The event's data, exactly as on the events topic: a JSON object whose fields"
                            + " depend on the event type; the JSON Schema of each type's current version is"
                            + " in openapi/events/ (isoledger.{type}.v{n}.schema.json)")
            JsonNode data) {}

    static WriteResult of(Reply.Accepted reply, boolean projected) {
        String patientId = reply.patientId();
        List<AppendedEvent> events = reply.events().stream()
                .map(e -> new AppendedEvent(e.type(), e.sequence(), e.data()))
                .toList();
        return new WriteResult(patientId, reply.version(), patientId + "@" + reply.version(), projected, events);
    }
}
