package io.isoledger.prescribing;

import io.isoledger.patients.PatientId;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The hand-over of a prescription at the pharmacy, decided through {@link Writes} (R22, R23); see {@link PrescriptionResource}. */
@Path("/api/v1/patients/{patientId}/prescriptions/{prescriptionId}/dispensing")
@Tag(name = PrescriptionResource.TAG, description = PrescriptionResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PHARMACIST, Roles.PRESCRIBER})
public class DispensingResource {

    @Inject
    Writes writes;

    @POST
    @Operation(
            summary = "Record the hand-over of a prescription",
            description = "DispensePrescription → PrescriptionDispensed, decided like a prescription on the day"
                    + " of the hand-over: 422 listing every rule it breaks when the dispensing window has closed"
                    + " (R22), more capsules than prescribed (R23), no negative pregnancy test in its window on"
                    + " that day (R4) or a blocking alert is open (R8); 409 when already dispensed.")
    @APIResponseSchema(value = WriteResult.class, responseCode = "201", responseDescription = "Dispensed and readable")
    public Response dispensePrescription(
            @PathParam("prescriptionId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
                    String prescriptionId,
            @NotNull @Valid DispensePrescriptionRequest body,
            @BeanParam @Valid PatientWrite context) {
        return writes.submit(
                body.toCommand(context.patientId(), prescriptionId),
                body,
                context,
                context.prescription(prescriptionId));
    }
}
