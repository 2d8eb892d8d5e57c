package io.isoledger.worklist;

import io.isoledger.clock.ClinicClock;
import io.isoledger.plans.PlanResource;
import io.isoledger.web.auth.Roles;
import io.isoledger.web.errors.ApiProblem;
import io.isoledger.web.validation.ClinicalDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What is due across patients, from the {@link PlanStep} rows; {@link PlanResource} plans one patient. */
@Path("/api/v1/worklist/due")
@Tag(name = PlanResource.TAG, description = PlanResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
public class WorklistResource {

    static final int MAX_RANGE_DAYS = 366;

    @Inject
    ClinicClock clock;

    @GET
    @Operation(
            summary = "What is due, across patients",
            description = "Every patient's steps still to do whose window opens or closes in the range, by deadline,"
                    + " each with where its window stands today: UPCOMING, OPEN, CLOSING (within 2 days) or"
                    + " MISSED.")
    @APIResponseSchema(
            value = DueStepResponse[].class,
            responseCode = "200",
            responseDescription = "The steps, a page at a time")
    public List<DueStepResponse> listDueSteps(
            @QueryParam("from") @NotNull @ClinicalDate @Parameter(example = "2026-11-25", required = true)
                    LocalDate from,
            @QueryParam("to") @NotNull @ClinicalDate @Parameter(example = "2026-12-02", required = true) LocalDate to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        if (to.isBefore(from) || from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
            throw ApiProblem.invalidField("to", "must be on or after from, at most " + MAX_RANGE_DAYS + " days later");
        }
        LocalDate today = clock.today();
        return PlanStep.due(from, to, page, size).stream()
                .map(s -> DueStepResponse.of(s, today))
                .toList();
    }
}
