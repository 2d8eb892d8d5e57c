package io.isoledger.analytics;

import io.isoledger.web.auth.Roles;
import io.isoledger.web.errors.ApiProblem;
import io.isoledger.web.errors.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Side-effect counts over every patient, from {@link SideEffectDayCount}; no patient is named. */
@Path("/api/v1/analytics")
@Tag(
        name = "Analytics",
        description = "Side-effect counts over every patient, by term, grade and daily-dose band; no patient is named")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.PRESCRIBER})
public class AnalyticsResource {

    // Dates arrive as text: a query parameter JAX-RS cannot convert would be answered 404, not 400.
    private static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";
    private static final String DATE_MESSAGE = "must be a date, YYYY-MM-DD";

    @GET
    @Path("/side-effects")
    @Operation(
            summary = "Count side-effect reports by term, grade and daily-dose band",
            description = "Aggregates over every patient, by the reports' onset date; no patient is named. Built by"
                    + " its own projector from the events, so a report just written may take a moment to be counted.")
    @APIResponseSchema(value = SideEffectReport.class, responseCode = "200", responseDescription = "The counts")
    @APIResponse(
            responseCode = "400",
            description = "A date is malformed, or from is after to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SideEffectReport getSideEffectAnalytics(
            @Parameter(
                            description = "First onset date counted, inclusive; open when absent",
                            schema = @Schema(type = SchemaType.STRING, format = "date", example = "2026-01-01"))
                    @QueryParam("from")
                    @Pattern(regexp = DATE, message = DATE_MESSAGE)
                    String from,
            @Parameter(
                            description = "Last onset date counted, inclusive; open when absent",
                            schema = @Schema(type = SchemaType.STRING, format = "date", example = "2026-12-31"))
                    @QueryParam("to")
                    @Pattern(regexp = DATE, message = DATE_MESSAGE)
                    String to) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw ApiProblem.invalidRequest("from (" + first + ") is after to (" + last + ").");
        }
        return SideEffectReport.of(first, last, SideEffectDayCount.countsByOnset(first, last));
    }

    private static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidField(name, "is not a date of the calendar");
        }
    }
}
