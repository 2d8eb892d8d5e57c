package io.isoledger.sideeffects;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's side-effect reports: sent through {@link Writes}, read back from {@link SideEffect}. */
@Path("/api/v1/patients/{patientId}/side-effects")
@Tag(
        name = "Side effects",
        description = "Side effects on the catalogue's code list with a CTCAE grade, reported by the patient or a"
                + " clinician (R10, R11)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PATIENT})
public class SideEffectResource {

    @Inject
    Writes writes;

    @POST
    @Operation(
            summary = "Report a side effect",
            description = "ReportSideEffect → SideEffectReported, graded by CTCAE v5.")
    @APIResponseSchema(value = WriteResult.class, responseCode = "201", responseDescription = "Reported and readable")
    public Response reportSideEffect(
            @NotNull @Valid ReportSideEffectRequest body, @BeanParam @Valid PatientWrite context) {
        return writes.submit(body.toCommand(context.patientId()), body, context, Locations.atSequence(context));
    }

    @GET
    @Operation(summary = "List a patient's side-effect reports", description = "In the order they were reported.")
    @APIResponseSchema(value = SideEffectResponse[].class, responseCode = "200", responseDescription = "The reports")
    public List<SideEffectResponse> listSideEffects(@BeanParam @Valid PatientPath patient) {
        return PatientReads.list(patient.id(), SideEffect.class, SideEffectResponse::of);
    }

    @GET
    @Path("/{sequence}")
    @Operation(summary = "Read one side-effect report")
    @APIResponseSchema(value = SideEffectResponse.class, responseCode = "200", responseDescription = "The report")
    public SideEffectResponse getSideEffect(
            @BeanParam @Valid PatientPath patient, @PathParam("sequence") long sequence) {
        return SideEffectResponse.of(PatientReads.get(
                SideEffect.class, patient.id(), sequence, "side-effect report at sequence " + sequence));
    }
}
