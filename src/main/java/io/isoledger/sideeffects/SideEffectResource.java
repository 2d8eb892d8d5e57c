package io.isoledger.sideeffects;

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

@Path("/api/v1/patients/{patientId}/side-effects")
@Tag(
        name = "Side effects",
        description = "Side effects on the catalogue's code list with a CTCAE grade, reported by the patient or a"
                + " clinician (R10, R11)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SideEffectResource {

    @Inject
    Writes writes;

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PATIENT})
    @POST
    @Operation(
            operationId = "reportSideEffect",
            summary = "Report a side effect",
            description = "ReportSideEffect → SideEffectReported, graded by CTCAE v5.")
    @APIResponse(
            responseCode = "201",
            description = "Reported and readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response report(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @NotNull @Valid ReportSideEffectRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(body.toCommand(patientId), body, context, version -> uri.getAbsolutePathBuilder()
                .path("{sequence}")
                .build(version));
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PATIENT})
    @GET
    @Operation(
            operationId = "listSideEffects",
            summary = "List a patient's side-effect reports",
            description = "In the order they were reported.")
    @APIResponse(
            responseCode = "200",
            description = "The reports",
            content = @Content(schema = @Schema(implementation = SideEffectResponse.class, type = SchemaType.ARRAY)))
    public List<SideEffectResponse> list(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
                    String patientId) {
        PatientResource.requireEnrolled(patientId);
        return SideEffect.ofPatient(patientId).stream()
                .map(SideEffectResponse::of)
                .toList();
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PATIENT})
    @GET
    @Path("/{sequence}")
    @Operation(operationId = "getSideEffect", summary = "Read one side-effect report")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = SideEffectResponse.class)))
    public SideEffectResponse get(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @PathParam("sequence") long sequence) {
        SideEffect s = SideEffect.findById(SideEffect.id(patientId, sequence));
        if (s == null) {
            throw ApiProblem.notFound(
                    "Patient " + patientId + " has no side-effect report at sequence " + sequence + ".");
        }
        return SideEffectResponse.of(s);
    }
}
