package io.isoledger.prescribing;

import io.isoledger.clock.ClinicClock;
import io.isoledger.patients.PatientId;
import io.isoledger.patients.PatientResource;
import io.isoledger.web.auth.Roles;
import io.isoledger.web.errors.ApiProblem;
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

@Path("/api/v1/patients/{patientId}/prescriptions")
@Tag(
        name = "Prescriptions",
        description = "A prescription is issued only when every clinical rule allows it (a 422 lists each rule it"
                + " breaks); read them back, or ask which rules would block one on a date")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrescriptionResource {

    @Inject
    Writes writes;

    @Inject
    ClinicClock clock;

    @RolesAllowed({Roles.PRESCRIBER})
    @POST
    @Operation(
            operationId = "issuePrescription",
            summary = "Issue a prescription",
            description = "IssuePrescription → PrescriptionIssued, issued today"
                    + " in the clinic's time zone. Rejected with 422 listing every rule it breaks.")
    @APIResponse(
            responseCode = "201",
            description = "Issued and readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response issue(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @NotNull @Valid IssuePrescriptionRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(
                body.toCommand(patientId, clock.today()), body, context, version -> uri.getAbsolutePathBuilder()
                        .path("{prescriptionId}")
                        .build(body.prescriptionId()));
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PHARMACIST, Roles.PATIENT})
    @GET
    @Operation(
            operationId = "listPrescriptions",
            summary = "List a patient's prescriptions",
            description = "In the order they were issued.")
    @APIResponse(
            responseCode = "200",
            description = "The prescriptions",
            content = @Content(schema = @Schema(implementation = PrescriptionResponse.class, type = SchemaType.ARRAY)))
    public List<PrescriptionResponse> list(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
                    String patientId) {
        PatientResource.requireEnrolled(patientId);
        return Prescription.ofPatient(patientId).stream()
                .map(PrescriptionResponse::of)
                .toList();
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PHARMACIST, Roles.PATIENT})
    @GET
    @Path("/{prescriptionId}")
    @Operation(operationId = "getPrescription", summary = "Read one prescription")
    @APIResponse(
            responseCode = "200",
            description = "The prescription",
            content = @Content(schema = @Schema(implementation = PrescriptionResponse.class)))
    public PrescriptionResponse get(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @PathParam("prescriptionId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
                    String prescriptionId) {
        Prescription p = Prescription.findById(Prescription.id(patientId, prescriptionId));
        if (p == null) {
            throw ApiProblem.notFound("Patient " + patientId + " has no prescription " + prescriptionId + ".");
        }
        return PrescriptionResponse.of(p);
    }
}
