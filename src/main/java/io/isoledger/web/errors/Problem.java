package io.isoledger.web.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.isoledger.domain.Violation;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response; its type, title and status come from
 * the {@link ProblemType} catalogue (a status it does not list is answered as {@code about:blank}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(example = "urn:isoledger:problem:rule-violation")
        String type,

        @Schema(example = "Clinical rule violated") String title,
        @Schema(example = "422") int status,

        @Schema(example = "The prescription breaks clinical rules.")
        String detail,

        @Schema(example = "/api/v1/patients/P-123/prescriptions")
        String instance,

        @Schema(description = "The fields of a malformed request and what is wrong with each")
        List<FieldError> errors,

        @Schema(description = "Every clinical rule the command breaks")
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One malformed field: its JSON path and what is wrong with it. */
    public record FieldError(
            @Schema(example = "daysSupply") String field,

            @Schema(example = "must be less than or equal to 366")
            String message) {}
}
