package io.isoledger.pregnancyprevention;

import io.isoledger.clock.ClinicClock;
import io.isoledger.patients.PatientWrite;
import io.isoledger.web.auth.Roles;
import io.isoledger.write.WriteResult;
import io.isoledger.write.Writes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contraception as intervals of use (R5): confirmed from a start, stopped on a day. */
@Path("/api/v1/patients/{patientId}/contraception")
@Tag(name = PregnancyPreventionResource.TAG, description = PregnancyPreventionResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
public class ContraceptionResource {

    @Inject
    Writes writes;

    @Inject
    ClinicClock clock;

    @POST
    @Operation(
            summary = "Confirm contraception",
            description = "ConfirmContraception → ContraceptionConfirmed: the methods are in use from startedOn and"
                    + " were confirmed on confirmedOn (today if left out), which renews R5's re-confirmation.")
    @APIResponseSchema(value = WriteResult.class, responseCode = "201", responseDescription = "Confirmed and readable")
    public Response confirmContraception(
            @NotNull @Valid ConfirmContraceptionRequest body, @BeanParam @Valid PatientWrite context) {
        return writes.submit(body.toCommand(context.patientId(), clock.today()), body, context, context.events());
    }

    @POST
    @Path("/stops")
    @Operation(
            summary = "Stop methods of contraception",
            description = "StopContraception → ContraceptionStopped: the methods are no longer in use from stoppedOn"
                    + " (R5 reads the methods in force on a supply's start).")
    @APIResponseSchema(value = WriteResult.class, responseCode = "201", responseDescription = "Stopped and readable")
    public Response stopContraception(
            @NotNull @Valid StopContraceptionRequest body, @BeanParam @Valid PatientWrite context) {
        return writes.submit(body.toCommand(context.patientId()), body, context, context.events());
    }
}
