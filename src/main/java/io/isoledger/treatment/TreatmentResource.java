package io.isoledger.treatment;

import io.isoledger.clock.ClinicClock;
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

/** The end of a patient's course, through {@link Writes} (R21); the summary then shows R13's restriction dates. */
@Path("/api/v1/patients/{patientId}/treatment-end")
@Tag(
        name = "Treatment",
        description = "The end of a course of treatment, dated by R21, which fixes the restrictions after it (R13)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRESCRIBER})
public class TreatmentResource {

    @Inject
    Writes writes;

    @Inject
    ClinicClock clock;

    @POST
    @Operation(
            summary = "End the course of treatment",
            description =
                    "EndTreatment → TreatmentEnded, with R13's"
                            + " restriction dates fixed from the last day: contraception, blood donation, cosmetic procedures."
                            + " 409 when no course is in progress; 422 (R21) for an end after today or before the last supply's start.")
    @APIResponseSchema(
            value = WriteResult.class,
            responseCode = "201",
            responseDescription = "Ended; the patient's restrictions are readable")
    public Response endTreatment(@NotNull @Valid EndTreatmentRequest body, @BeanParam @Valid PatientWrite context) {
        return writes.submit(body.toCommand(context.patientId(), clock.today()), body, context, context.summary());
    }
}
