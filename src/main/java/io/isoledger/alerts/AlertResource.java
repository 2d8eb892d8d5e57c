package io.isoledger.alerts;

import io.isoledger.clock.ClinicClock;
import io.isoledger.patients.PatientId;
import io.isoledger.patients.PatientResource;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients/{patientId}/alerts")
@Tag(
        name = "Safety alerts",
        description = "Alerts raised the moment a recorded fact calls for one, with what is to be done; a blocking"
                + " alert stops prescriptions until a clinician resolves it (R8)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertResource {

    @Inject
    Writes writes;

    @Inject
    ClinicClock clock;

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PATIENT})
    @GET
    @Operation(
            operationId = "listAlerts",
            summary = "List a patient's safety alerts",
            description = "Raised by R4, R9, R10, R12, R18 and R19, open or resolved, each with what is to be done.")
    @APIResponse(
            responseCode = "200",
            description = "The alerts",
            content = @Content(schema = @Schema(implementation = AlertResponse.class, type = SchemaType.ARRAY)))
    public List<AlertResponse> list(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
                    String patientId) {
        PatientResource.requireEnrolled(patientId);
        return SafetyAlert.ofPatient(patientId).stream().map(AlertResponse::of).toList();
    }

    @RolesAllowed({Roles.PRESCRIBER})
    @POST
    @Path("/{alertId}/resolution")
    @Operation(
            operationId = "resolveAlert",
            summary = "Resolve a safety alert",
            description = "ResolveAlert → SafetyAlertResolved: a clinician's"
                    + " decision to go on, recorded with who and why, so a patient is never silently locked out (R8)."
                    + " 404 for an unknown alert, 409 when it is already resolved.")
    @APIResponse(
            responseCode = "201",
            description = "Resolved and readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response resolve(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @PathParam("alertId") @Pattern(regexp = "^AL-[0-9]{1,18}$", message = "must be an alert id such as AL-5")
                    String alertId,
            @NotNull @Valid ResolveAlertRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(
                body.toCommand(patientId, alertId, clock.today()), body, context, version -> uri.getBaseUriBuilder()
                        .path("api/v1/patients/{id}/alerts")
                        .build(patientId));
    }
}
