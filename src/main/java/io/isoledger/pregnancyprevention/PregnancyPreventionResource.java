package io.isoledger.pregnancyprevention;

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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pregnancy prevention programme's facts: R3, R4 and R18 decide on them; contraception is its own resource. */
@Path("/api/v1/patients/{patientId}")
@Tag(
        name = "Pregnancy prevention",
        description = "Reproductive status and potential, pregnancy tests, contraception and its failures: what"
                + " R3, R4, R5 and R18 read")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PregnancyPreventionResource {

    @Inject
    Writes writes;

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @POST
    @Path("/reproductive-status")
    @Operation(
            operationId = "declareReproductiveStatus",
            summary = "Declare the reproductive status",
            description = "DeclareReproductiveStatus → ReproductiveStatusDeclared. R3 reads the status in force on a"
                    + " supply's start; PREGNANT, BREASTFEEDING or TRYING_TO_CONCEIVE during a course or until"
                    + " contraception is no longer required after it also raises a blocking R18 alert.")
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
            operationId = "recordPregnancyTest",
            summary = "Record a pregnancy test",
            description = "RecordPregnancyTest → PregnancyTestRecorded. A positive result raises a blocking alert:"
                    + " R18 during a course or the contraception period after it, R4 otherwise; R4 then asks for a"
                    + " negative test sampled after it.")
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
    @Path("/contraception-failures")
    @Operation(
            operationId = "reportContraceptionFailure",
            summary = "Report a failure of contraception",
            description = "ReportContraceptionFailure → ContraceptionFailureReported; during a course or until"
                    + " contraception is no longer required after it, a blocking R18 alert follows at once.")
    @APIResponse(
            responseCode = "201",
            description = "Reported and readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response reportContraceptionFailure(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @NotNull @Valid ReportContraceptionFailureRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(body.toCommand(patientId), body, context, version -> events(uri, patientId));
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @POST
    @Path("/reproductive-potential")
    @Operation(
            operationId = "changeReproductivePotential",
            summary = "Change whether the patient can become pregnant",
            description = "ChangeReproductivePotential → ReproductivePotentialChanged, with who recorded it; R4, R5"
                    + " and R18 follow it from changedOn.")
    @APIResponse(
            responseCode = "201",
            description = "Changed and readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response changeReproductivePotential(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @NotNull @Valid ChangeReproductivePotentialRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(
                body.toCommand(patientId, writes.actor()), body, context, version -> events(uri, patientId));
    }

    /** These facts have no list of their own: the audit trail shows them. */
    static URI events(UriInfo uri, String patientId) {
        return uri.getBaseUriBuilder().path("api/v1/patients/{id}/events").build(patientId);
    }
}
