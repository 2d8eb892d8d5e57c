package io.isoledger.medications;

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

@Path("/api/v1/patients/{patientId}/medications")
@Tag(
        name = "Concomitant medications",
        description = "Other drugs the patient takes: no tetracycline or vitamin A supplement may be taken with"
                + " isotretinoin (R6, R19)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MedicationResource {

    @Inject
    Writes writes;

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @POST
    @Operation(
            operationId = "recordConcomitantMedication",
            summary = "Record a concomitant medication",
            description = "RecordConcomitantMedication →"
                    + " ConcomitantMedicationRecorded. A later record of the same name with stoppedOn ends it (R6).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded and readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response record(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @NotNull @Valid RecordMedicationRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(body.toCommand(patientId), body, context, version -> uri.getBaseUriBuilder()
                .path("api/v1/patients/{id}/events")
                .build(patientId));
    }
}
