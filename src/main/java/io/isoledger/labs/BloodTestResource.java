package io.isoledger.labs;

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
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients/{patientId}/blood-tests")
@Tag(
        name = "Blood tests",
        description = "Lab panels (ALT, AST, lipids, hCG) in any accepted unit, converted to the standard unit before"
                + " the rules read them (R2, R4, R9)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BloodTestResource {

    @Inject
    Writes writes;

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @POST
    @Operation(
            operationId = "recordBloodTest",
            summary = "Record a blood test",
            description =
                    "RecordBloodTest → BloodTestRecorded. R2 needs ALT and" + " triglycerides before a prescription.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded and readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response record(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @NotNull @Valid RecordBloodTestRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(body.toCommand(patientId), body, context, version -> uri.getAbsolutePathBuilder()
                .path("{sequence}")
                .build(version));
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PATIENT})
    @GET
    @Operation(
            operationId = "listBloodTests",
            summary = "List a patient's blood tests",
            description = "In the order they were recorded.")
    @APIResponse(
            responseCode = "200",
            description = "The blood tests",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = BloodTestResponse.class,
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .ARRAY)))
    public List<BloodTestResponse> list(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
                    String patientId) {
        PatientResource.requireEnrolled(patientId);
        return withResults(BloodTest.ofPatient(patientId));
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PATIENT})
    @GET
    @Path("/{sequence}")
    @Operation(
            operationId = "getBloodTest",
            summary = "Read one blood test",
            description = "By the sequence number of its BloodTestRecorded event.")
    @APIResponse(
            responseCode = "200",
            description = "The blood test",
            content = @Content(schema = @Schema(implementation = BloodTestResponse.class)))
    public BloodTestResponse get(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @PathParam("sequence") long sequence) {
        BloodTest test = BloodTest.findById(BloodTest.id(patientId, sequence));
        if (test == null) {
            throw ApiProblem.notFound("Patient " + patientId + " has no blood test at sequence " + sequence + ".");
        }
        return withResults(List.of(test)).get(0);
    }

    private static List<BloodTestResponse> withResults(List<BloodTest> tests) {
        Map<String, List<BloodTestResult>> results =
                BloodTestResult.ofTests(tests.stream().map(t -> t.id).toList()).stream()
                        .collect(Collectors.groupingBy(r -> r.bloodTestId));
        return tests.stream()
                .map(t -> BloodTestResponse.of(t, results.getOrDefault(t.id, List.of())))
                .toList();
    }
}
