package io.isoledger.prescribing;

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

@Path("/api/v1/patients/{patientId}/prescriptions/{prescriptionId}/dispensing")
@Tag(
        name = "Prescriptions",
        description = "A prescription is issued only when every clinical rule allows it (a 422 lists each rule it"
                + " breaks); read them back, or ask which rules would block one on a date")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DispensingResource {

    @Inject
    Writes writes;

    @RolesAllowed({Roles.PHARMACIST, Roles.PRESCRIBER})
    @POST
    @Operation(
            operationId = "dispensePrescription",
            summary = "Record the hand-over of a prescription",
            description = "DispensePrescription → PrescriptionDispensed, decided like a prescription on the day"
                    + " of the hand-over: 422 listing every rule it breaks when the dispensing window has closed"
                    + " (R22), more capsules than prescribed (R23), no negative pregnancy test in its window on"
                    + " that day (R4) or a blocking alert is open (R8); 409 when already dispensed.")
    @APIResponse(
            responseCode = "201",
            description = "Dispensed and readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response dispense(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @PathParam("prescriptionId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
                    String prescriptionId,
            @NotNull @Valid DispensePrescriptionRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(
                body.toCommand(patientId, prescriptionId), body, context, version -> uri.getBaseUriBuilder()
                        .path("api/v1/patients/{id}/prescriptions/{prescriptionId}")
                        .build(patientId, prescriptionId));
    }
}
