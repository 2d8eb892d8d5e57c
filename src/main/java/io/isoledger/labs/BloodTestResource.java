package io.isoledger.labs;

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
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's blood tests: recorded through {@link Writes}, read back from {@link BloodTest} and its results. */
@Path("/api/v1/patients/{patientId}/blood-tests")
@Tag(
        name = "Blood tests",
        description = "Lab panels (ALT, AST, lipids, hCG) in any accepted unit, converted to the standard unit before"
                + " the rules read them (R2, R4, R9)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PATIENT})
public class BloodTestResource {

    @Inject
    Writes writes;

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @POST
    @Operation(
            summary = "Record a blood test",
            description = "RecordBloodTest → BloodTestRecorded. R2 needs ALT and triglycerides before a prescription.")
    @APIResponseSchema(value = WriteResult.class, responseCode = "201", responseDescription = "Recorded and readable")
    public Response recordBloodTest(
            @NotNull @Valid RecordBloodTestRequest body, @BeanParam @Valid PatientWrite context) {
        return writes.submit(body.toCommand(context.patientId()), body, context, Locations.atSequence(context));
    }

    @GET
    @Operation(summary = "List a patient's blood tests", description = "In the order they were recorded.")
    @APIResponseSchema(value = BloodTestResponse[].class, responseCode = "200", responseDescription = "The blood tests")
    public List<BloodTestResponse> listBloodTests(@BeanParam @Valid PatientPath patient) {
        return withResults(PatientReads.list(patient.id(), BloodTest.class, t -> t));
    }

    @GET
    @Path("/{sequence}")
    @Operation(summary = "Read one blood test", description = "By the sequence number of its BloodTestRecorded event.")
    @APIResponseSchema(value = BloodTestResponse.class, responseCode = "200", responseDescription = "The blood test")
    public BloodTestResponse getBloodTest(@BeanParam @Valid PatientPath patient, @PathParam("sequence") long sequence) {
        BloodTest test =
                PatientReads.get(BloodTest.class, patient.id(), sequence, "blood test at sequence " + sequence);
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
