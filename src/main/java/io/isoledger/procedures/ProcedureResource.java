package io.isoledger.procedures;

import io.isoledger.patients.PatientPath;
import io.isoledger.patients.PatientReads;
import io.isoledger.patients.PatientWrite;
import io.isoledger.web.auth.Roles;
import io.isoledger.write.Locations;
import io.isoledger.write.Writes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's scheduled procedures: scheduled through {@link Writes} with R12's verdict, read back from {@link ScheduledProcedure}. */
@Path("/api/v1/patients/{patientId}/procedures")
@Tag(
        name = "Procedures",
        description = "Cosmetic and surgical procedures, each judged against the course and the restrictions after"
                + " it (R12)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PATIENT})
public class ProcedureResource {

    @Inject
    Writes writes;

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @POST
    @Operation(
            summary = "Schedule a procedure",
            description = "ScheduleProcedure → ProcedureScheduled. Always"
                    + " recorded; R12 flags a conflict (laser, light, peeling, waxing during treatment and until the policy's"
                    + " days after its end; surgery or tooth extraction during treatment) and names the reason.")
    @APIResponseSchema(
            value = ProcedureScheduledResult.class,
            responseCode = "201",
            responseDescription = "Scheduled, with R12's verdict")
    public Response scheduleProcedure(
            @NotNull @Valid ScheduleProcedureRequest body, @BeanParam @Valid PatientWrite context) {
        return writes.submit(
                body.toCommand(context.patientId()),
                body,
                context,
                Locations.here(context),
                ProcedureScheduledResult::of);
    }

    @GET
    @Operation(summary = "List a patient's scheduled procedures", description = "With R12's verdict on each.")
    @APIResponseSchema(value = ProcedureResponse[].class, responseCode = "200", responseDescription = "The procedures")
    public List<ProcedureResponse> listProcedures(@BeanParam @Valid PatientPath patient) {
        return PatientReads.list(patient.id(), ScheduledProcedure.class, ProcedureResponse::of);
    }
}
