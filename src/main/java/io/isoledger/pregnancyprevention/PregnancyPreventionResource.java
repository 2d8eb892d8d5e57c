package io.isoledger.pregnancyprevention;

import io.isoledger.http.Roles;
import io.isoledger.http.WriteContext;
import io.isoledger.http.WriteResult;
import io.isoledger.http.Writes;
import io.isoledger.patients.PatientId;
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

/** The pregnancy prevention programme's facts: R3, R4 and R5 decide on them. */
@Path("/api/v1/patients/{patientId}")
@Tag(name = "Pregnancy prevention")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PregnancyPreventionResource {

    @Inject
    Writes writes;

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @POST
    @Path("/reproductive-status")
    @Operation(
            summary = "Declare the reproductive status",
            description = "DeclareReproductiveStatus → ReproductiveStatusDeclared. R3 follows the last declaration.")
    @APIResponse(
            responseCode = "201",
            description = "Declared and readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response declare(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @NotNull @Valid DeclareReproductiveStatusRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(body.toCommand(patientId), body, context, version -> events(uri, patientId));
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @POST
    @Path("/pregnancy-tests")
    @Operation(
            summary = "Record a pregnancy test",
            description = "RecordPregnancyTest → PregnancyTestRecorded;"
                    + " a positive result also raises a blocking R4 SafetyAlertRaised.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded and readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response recordPregnancyTest(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @NotNull @Valid RecordPregnancyTestRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(body.toCommand(patientId), body, context, version -> events(uri, patientId));
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @POST
    @Path("/contraception")
    @Operation(summary = "Confirm contraception", description = "ConfirmContraception → ContraceptionConfirmed (R5).")
    @APIResponse(
            responseCode = "201",
            description = "Confirmed and readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response confirmContraception(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @NotNull @Valid ConfirmContraceptionRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(body.toCommand(patientId), body, context, version -> events(uri, patientId));
    }

    /** These facts have no list of their own: the audit trail shows them. */
    private static java.net.URI events(UriInfo uri, String patientId) {
        return uri.getBaseUriBuilder().path("api/v1/patients/{id}/events").build(patientId);
    }
}
