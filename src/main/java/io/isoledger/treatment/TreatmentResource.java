package io.isoledger.treatment;

import io.isoledger.clock.ClinicClock;
import io.isoledger.patients.PatientId;
import io.isoledger.web.auth.Roles;
import io.isoledger.write.WriteContext;
import io.isoledger.write.WriteResult;
import io.isoledger.write.Writes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients/{patientId}/treatment-end")
@Tag(
        name = "Treatment",
        description = "The end of a course of treatment, dated by R21, which fixes the restrictions after it (R13)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TreatmentResource {

    @Inject
    Writes writes;

    @Inject
    ClinicClock clock;

    @RolesAllowed({Roles.PRESCRIBER})
    @POST
    @Operation(
            operationId = "endTreatment",
            summary = "End the course of treatment",
            description =
                    "EndTreatment → TreatmentEnded, with R13's"
                            + " restriction dates fixed from the last day: contraception, blood donation, cosmetic procedures."
                            + " 409 when no course is in progress; 422 (R21) for an end after today or before the last supply's start.")
    @APIResponse(
            responseCode = "201",
            description = "Ended; the patient's restrictions are readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response end(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @NotNull @Valid EndTreatmentRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(body.toCommand(patientId, clock.today()), body, context, version -> uri.getBaseUriBuilder()
                .path("api/v1/patients/{id}")
                .build(patientId));
    }
}
