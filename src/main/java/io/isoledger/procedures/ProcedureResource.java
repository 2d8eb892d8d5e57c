package io.isoledger.procedures;

import io.isoledger.patients.PatientId;
import io.isoledger.patients.PatientResource;
import io.isoledger.web.auth.Roles;
import io.isoledger.write.WriteContext;
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

@Path("/api/v1/patients/{patientId}/procedures")
@Tag(
        name = "Procedures",
        description = "Cosmetic and surgical procedures, each judged against the course and the restrictions after"
                + " it (R12)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProcedureResource {

    @Inject
    Writes writes;

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @POST
    @Operation(
            operationId = "scheduleProcedure",
            summary = "Schedule a procedure",
            description = "ScheduleProcedure → ProcedureScheduled. Always"
                    + " recorded; R12 flags a conflict (laser, light, peeling, waxing during treatment and until the policy's"
                    + " days after its end; surgery or tooth extraction during treatment) and names the reason.")
    @APIResponse(
            responseCode = "201",
            description = "Scheduled, with R12's verdict",
            content = @Content(schema = @Schema(implementation = ProcedureScheduledResult.class)))
    public Response schedule(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @NotNull @Valid ScheduleProcedureRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(
                body.toCommand(patientId),
                body,
                context,
                version -> uri.getAbsolutePathBuilder().build(),
                ProcedureScheduledResult::of);
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PATIENT})
    @GET
    @Operation(
            operationId = "listProcedures",
            summary = "List a patient's scheduled procedures",
            description = "With R12's verdict on each.")
    @APIResponse(
            responseCode = "200",
            description = "The procedures",
            content = @Content(schema = @Schema(implementation = ProcedureResponse.class, type = SchemaType.ARRAY)))
    public List<ProcedureResponse> list(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
                    String patientId) {
        PatientResource.requireEnrolled(patientId);
        return ScheduledProcedure.ofPatient(patientId).stream()
                .map(ProcedureResponse::of)
                .toList();
    }
}
