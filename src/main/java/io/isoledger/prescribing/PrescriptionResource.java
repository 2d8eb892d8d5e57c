package io.isoledger.prescribing;

import io.isoledger.clock.ClinicClock;
import io.isoledger.patients.PatientId;
import io.isoledger.patients.PatientPath;
import io.isoledger.patients.PatientReads;
import io.isoledger.patients.PatientWrite;
import io.isoledger.web.auth.Roles;
import io.isoledger.write.Locations;
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

/**
 * A patient's prescriptions. Issuing one goes through {@link Writes} (then the command gateway, the
 * decider and the events topic, as docs/architecture.md follows it file by file); the rows read back
 * here are {@link Prescription}s, kept by {@link PrescriptionProjection}. {@link DispensingResource}
 * hands them over.
 */
@Path("/api/v1/patients/{patientId}/prescriptions")
@Tag(name = PrescriptionResource.TAG, description = PrescriptionResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PHARMACIST, Roles.PATIENT})
public class PrescriptionResource {
    /** The OpenAPI tag of the prescribing resources. */
    static final String TAG = "Prescriptions";

    static final String TAG_DESCRIPTION =
            "A prescription is issued only when every clinical rule allows it (a 422 lists each rule it"
                    + " breaks); read them back, or ask which rules would block one on a date";

    @Inject
    Writes writes;

    @Inject
    ClinicClock clock;

    @RolesAllowed({Roles.PRESCRIBER})
    @POST
    @Operation(
            summary = "Issue a prescription",
            description = "IssuePrescription → PrescriptionIssued, issued today"
                    + " in the clinic's time zone. Rejected with 422 listing every rule it breaks.")
    @APIResponseSchema(value = WriteResult.class, responseCode = "201", responseDescription = "Issued and readable")
    public Response issuePrescription(
            @NotNull @Valid IssuePrescriptionRequest body, @BeanParam @Valid PatientWrite context) {
        return writes.submit(
                body.toCommand(context.patientId(), clock.today()),
                body,
                context,
                Locations.under(context, "{prescriptionId}", body.prescriptionId()));
    }

    @GET
    @Operation(summary = "List a patient's prescriptions", description = "In the order they were issued.")
    @APIResponseSchema(
            value = PrescriptionResponse[].class,
            responseCode = "200",
            responseDescription = "The prescriptions")
    public List<PrescriptionResponse> listPrescriptions(@BeanParam @Valid PatientPath patient) {
        return PatientReads.list(patient.id(), Prescription.class, PrescriptionResponse::of);
    }

    @GET
    @Path("/{prescriptionId}")
    @Operation(summary = "Read one prescription")
    @APIResponseSchema(
            value = PrescriptionResponse.class,
            responseCode = "200",
            responseDescription = "The prescription")
    public PrescriptionResponse getPrescription(
            @BeanParam @Valid PatientPath patient,
            @PathParam("prescriptionId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
                    String prescriptionId) {
        return PrescriptionResponse.of(
                PatientReads.get(Prescription.class, patient.id(), prescriptionId, "prescription " + prescriptionId));
    }
}
