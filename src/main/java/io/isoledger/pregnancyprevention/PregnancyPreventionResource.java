package io.isoledger.pregnancyprevention;

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

/** The pregnancy prevention programme's facts: R3, R4 and R18 decide on them; contraception is its own resource. */
@Path("/api/v1/patients/{patientId}")
@Tag(name = PregnancyPreventionResource.TAG, description = PregnancyPreventionResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
public class PregnancyPreventionResource {
    /** The OpenAPI tag of the pregnancy prevention resources. */
    static final String TAG = "Pregnancy prevention";

    static final String TAG_DESCRIPTION =
            "Reproductive status and potential, pregnancy tests, contraception and its failures: what"
                    + " R3, R4, R5 and R18 read";

    @Inject
    Writes writes;

    @POST
    @Path("/reproductive-status")
    @Operation(
            summary = "Declare the reproductive status",
            description = "DeclareReproductiveStatus → ReproductiveStatusDeclared. R3 reads the status in force on a"
                    + " supply's start; PREGNANT, BREASTFEEDING or TRYING_TO_CONCEIVE during a course or until"
                    + " contraception is no longer required after it also raises a blocking R18 alert.")
    @APIResponseSchema(value = WriteResult.class, responseCode = "201", responseDescription = "Declared and readable")
    public Response declareReproductiveStatus(
            @NotNull @Valid DeclareReproductiveStatusRequest body, @BeanParam @Valid PatientWrite context) {
        return writes.submit(body.toCommand(context.patientId()), body, context, context.events());
    }

    @POST
    @Path("/pregnancy-tests")
    @Operation(
            summary = "Record a pregnancy test",
            description = "RecordPregnancyTest → PregnancyTestRecorded. A positive result raises a blocking alert:"
                    + " R18 during a course or the contraception period after it, R4 otherwise; R4 then asks for a"
                    + " negative test sampled after it.")
    @APIResponseSchema(value = WriteResult.class, responseCode = "201", responseDescription = "Recorded and readable")
    public Response recordPregnancyTest(
            @NotNull @Valid RecordPregnancyTestRequest body, @BeanParam @Valid PatientWrite context) {
        return writes.submit(body.toCommand(context.patientId()), body, context, context.events());
    }

    @POST
    @Path("/contraception-failures")
    @Operation(
            summary = "Report a failure of contraception",
            description = "ReportContraceptionFailure → ContraceptionFailureReported; during a course or until"
                    + " contraception is no longer required after it, a blocking R18 alert follows at once.")
    @APIResponseSchema(value = WriteResult.class, responseCode = "201", responseDescription = "Reported and readable")
    public Response reportContraceptionFailure(
            @NotNull @Valid ReportContraceptionFailureRequest body, @BeanParam @Valid PatientWrite context) {
        return writes.submit(body.toCommand(context.patientId()), body, context, context.events());
    }

    @POST
    @Path("/reproductive-potential")
    @Operation(
            summary = "Change whether the patient can become pregnant",
            description = "ChangeReproductivePotential → ReproductivePotentialChanged, with who recorded it; R4, R5"
                    + " and R18 follow it from changedOn.")
    @APIResponseSchema(value = WriteResult.class, responseCode = "201", responseDescription = "Changed and readable")
    public Response changeReproductivePotential(
            @NotNull @Valid ChangeReproductivePotentialRequest body, @BeanParam @Valid PatientWrite context) {
        return writes.submit(body.toCommand(context.patientId(), writes.actor()), body, context, context.events());
    }
}
