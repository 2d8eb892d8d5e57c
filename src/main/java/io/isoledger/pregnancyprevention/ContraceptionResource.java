package io.isoledger.pregnancyprevention;

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

/** Contraception as intervals of use (R5): confirmed from a start, stopped on a day. */
@Path("/api/v1/patients/{patientId}/contraception")
@Tag(
        name = "Pregnancy prevention",
        description = "Reproductive status and potential, pregnancy tests, contraception and its failures: what"
                + " R3, R4, R5 and R18 read")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContraceptionResource {

    @Inject
    Writes writes;

    @Inject
    ClinicClock clock;

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @POST
    @Operation(
            operationId = "confirmContraception",
            summary = "Confirm contraception",
            description = "ConfirmContraception → ContraceptionConfirmed: the methods are in use from startedOn and"
                    + " were confirmed on confirmedOn (today if left out), which renews R5's re-confirmation.")
    @APIResponse(
            responseCode = "201",
            description = "Confirmed and readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response confirm(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @NotNull @Valid ConfirmContraceptionRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(
                body.toCommand(patientId, clock.today()),
                body,
                context,
                version -> PregnancyPreventionResource.events(uri, patientId));
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @POST
    @Path("/stops")
    @Operation(
            operationId = "stopContraception",
            summary = "Stop methods of contraception",
            description = "StopContraception → ContraceptionStopped: the methods are no longer in use from stoppedOn"
                    + " (R5 reads the methods in force on a supply's start).")
    @APIResponse(
            responseCode = "201",
            description = "Stopped and readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response stop(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @NotNull @Valid StopContraceptionRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(
                body.toCommand(patientId),
                body,
                context,
                version -> PregnancyPreventionResource.events(uri, patientId));
    }
}
