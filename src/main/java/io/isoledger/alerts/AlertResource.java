package io.isoledger.alerts;

import io.isoledger.clock.ClinicClock;
import io.isoledger.patients.PatientPath;
import io.isoledger.patients.PatientReads;
import io.isoledger.patients.PatientWrite;
import io.isoledger.web.auth.Roles;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's safety alerts: listed from {@link SafetyAlert}, resolved through {@link Writes} (R8). */
@Path("/api/v1/patients/{patientId}/alerts")
@Tag(
        name = "Safety alerts",
        description = "Alerts raised the moment a recorded fact calls for one, with what is to be done; a blocking"
                + " alert stops prescriptions until a clinician resolves it (R8)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PATIENT})
public class AlertResource {

    @Inject
    Writes writes;

    @Inject
    ClinicClock clock;

    @GET
    @Operation(
            summary = "List a patient's safety alerts",
            description = "Raised by R4, R9, R10, R12, R18 and R19, open or resolved, each with what is to be done.")
    @APIResponseSchema(value = AlertResponse[].class, responseCode = "200", responseDescription = "The alerts")
    public List<AlertResponse> listAlerts(@BeanParam @Valid PatientPath patient) {
        return PatientReads.list(patient.id(), SafetyAlert.class, AlertResponse::of);
    }

    @RolesAllowed({Roles.PRESCRIBER})
    @POST
    @Path("/{alertId}/resolution")
    @Operation(
            summary = "Resolve a safety alert",
            description = "ResolveAlert → SafetyAlertResolved: a clinician's"
                    + " decision to go on, recorded with who and why, so a patient is never silently locked out (R8)."
                    + " 404 for an unknown alert, 409 when it is already resolved.")
    @APIResponseSchema(value = WriteResult.class, responseCode = "201", responseDescription = "Resolved and readable")
    public Response resolveAlert(
            @PathParam("alertId") @Pattern(regexp = "^AL-[0-9]{1,18}$", message = "must be an alert id such as AL-5")
                    String alertId,
            @NotNull @Valid ResolveAlertRequest body,
            @BeanParam @Valid PatientWrite context) {
        return writes.submit(
                body.toCommand(context.patientId(), alertId, clock.today()), body, context, context.alerts());
    }
}
