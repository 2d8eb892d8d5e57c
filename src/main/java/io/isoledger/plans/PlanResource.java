package io.isoledger.plans;

import io.isoledger.clock.ClinicClock;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.planning.Planner;
import io.isoledger.eventlog.PolicyConfig;
import io.isoledger.history.PatientStates;
import io.isoledger.patients.PatientPath;
import io.isoledger.patients.PatientReads;
import io.isoledger.web.auth.Roles;
import io.isoledger.web.validation.ClinicalDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What one patient must do, by when: {@link io.isoledger.domain.planning.Planner} on the patient's events; {@link io.isoledger.worklist.WorklistResource} asks across patients. */
@Path("/api/v1/patients/{patientId}/plan")
@Tag(name = PlanResource.TAG, description = PlanResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PHARMACIST, Roles.PATIENT})
public class PlanResource {
    /** The OpenAPI tag of the plan resources. */
    public static final String TAG = "Plans";

    public static final String TAG_DESCRIPTION =
            "What each patient must do, by when, with the window and the rule behind each step; and"
                    + " what is due across patients";

    @Inject
    ClinicClock clock;

    @Inject
    PolicyConfig policy;

    @GET
    @Operation(
            summary = "What the patient must do, by when",
            description = "The earliest day a prescription can start under the active policy, and for that start"
                    + " (or the one asked for) each step still needed with its window and the rule behind it:"
                    + " contraception (R5), a pregnancy test (R4), ALT and triglycerides (R2), the issue (R16),"
                    + " the dispensing (R22); during a course the next supply's; after its end the restrictions"
                    + " (R13) and the follow-up pregnancy test. The windows are the ones the rules decide with.")
    @APIResponseSchema(value = PlanResponse.class, responseCode = "200", responseDescription = "The plan")
    public PlanResponse getPatientPlan(
            @BeanParam @Valid PatientPath patient,
            @QueryParam("startOn")
                    @Parameter(description = "The start to plan for; the earliest if left out", example = "2026-12-25")
                    @ClinicalDate
                    LocalDate startOn) {
        PatientReads.requireEnrolled(patient.id());
        PatientState state = PatientStates.now(patient.id());
        LocalDate today = clock.today();
        return PlanResponse.of(
                patient.id(), today, Planner.plan(state, policy.toPolicy(), today, Optional.ofNullable(startOn)));
    }
}
