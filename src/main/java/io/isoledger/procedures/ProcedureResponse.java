package io.isoledger.procedures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.isoledger.domain.ProcedureKind;
import io.isoledger.domain.Violation;
import io.isoledger.eventlog.WireJson;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScheduledProcedure")
public record ProcedureResponse(
        @Schema(example = "PR-1") String procedureId,
        @Schema(example = "LASER") ProcedureKind kind,
        @Schema(example = "2027-03-01") LocalDate scheduledOn,

        @Schema(description = "R12: whether the date conflicts with the treatment", example = "true")
        boolean conflict,

        @Schema(description = "Every rule the date breaks") List<Violation> conflicts) {

    private static final TypeReference<List<Violation>> VIOLATIONS = new TypeReference<>() {};

    static ProcedureResponse of(ScheduledProcedure p) {
        try {
            return new ProcedureResponse(
                    p.procedureId,
                    p.kind,
                    p.scheduledOn,
                    p.conflict,
                    WireJson.MAPPER.readValue(p.conflicts, VIOLATIONS));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
