package io.isoledger.procedures;

import com.fasterxml.jackson.databind.JsonNode;
import io.isoledger.domain.Violation;
import io.isoledger.eventlog.WireJson;
import io.isoledger.write.WriteResult;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The write's result with R12's verdict on the date: scheduling is recorded either way. */
@Schema(name = "ProcedureScheduledResult")
public record ProcedureScheduledResult(
        @Schema(example = "P-123") String patientId,
        @Schema(example = "7") long version,
        @Schema(example = "P-123@7") String position,
        boolean projected,

        @Schema(description = "R12: whether the date conflicts with the treatment", example = "true")
        boolean conflict,

        @Schema(description = "Every rule the date breaks, named")
        List<Violation> conflicts) {

    static ProcedureScheduledResult of(WriteResult result) {
        JsonNode scheduled = result.events().get(0).data();
        List<Violation> conflicts = WireJson.MAPPER.convertValue(
                scheduled.get("conflicts"),
                WireJson.MAPPER.getTypeFactory().constructCollectionType(List.class, Violation.class));
        return new ProcedureScheduledResult(
                result.patientId(),
                result.version(),
                result.position(),
                result.projected(),
                scheduled.get("conflict").asBoolean(),
                conflicts);
    }
}
