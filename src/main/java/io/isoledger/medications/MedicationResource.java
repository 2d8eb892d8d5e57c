package io.isoledger.medications;

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

/** A patient's concomitant medications, recorded through {@link Writes}; the audit trail lists them (R6, R19). */
@Path("/api/v1/patients/{patientId}/medications")
@Tag(
        name = "Concomitant medications",
        description = "Other drugs the patient takes: no tetracycline or vitamin A supplement may be taken with"
                + " isotretinoin (R6, R19)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
public class MedicationResource {

    @Inject
    Writes writes;

    @POST
    @Operation(
            summary = "Record a concomitant medication",
            description = "RecordConcomitantMedication →"
                    + " ConcomitantMedicationRecorded. A later record of the same name with stoppedOn ends it (R6).")
    @APIResponseSchema(value = WriteResult.class, responseCode = "201", responseDescription = "Recorded and readable")
    public Response recordConcomitantMedication(
            @NotNull @Valid RecordMedicationRequest body, @BeanParam @Valid PatientWrite context) {
        return writes.submit(body.toCommand(context.patientId()), body, context, context.events());
    }
}
