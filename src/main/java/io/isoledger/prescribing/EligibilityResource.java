package io.isoledger.prescribing;

import io.isoledger.clock.ClinicClock;
import io.isoledger.domain.Violation;
import io.isoledger.domain.command.AssessEligibility;
import io.isoledger.domain.rules.PrescriptionRule;
import io.isoledger.domain.rules.PrescriptionRules;
import io.isoledger.patients.PatientPath;
import io.isoledger.web.auth.Roles;
import io.isoledger.write.Writes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which rules would block a prescription on a day: the decider asked through {@link Writes#ask}; see {@link PrescriptionResource}. */
@Path("/api/v1/patients/{patientId}/prescription-eligibility")
@Tag(name = PrescriptionResource.TAG, description = PrescriptionResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PHARMACIST})
public class EligibilityResource {

    private static final List<String> NOT_CHECKED = PrescriptionRules.all().stream()
            .filter(PrescriptionRule::judgesThePrescription)
            .map(PrescriptionRule::id)
            .toList();

    @Inject
    Writes writes;

    @Inject
    ClinicClock clock;

    @GET
    @Operation(
            summary = "Which rules would block a prescription on a date",
            description = "The same decider as IssuePrescription, asked through the event log against the patient's"
                    + " current state; nothing is appended.")
    @APIResponseSchema(value = EligibilityResponse.class, responseCode = "200", responseDescription = "The verdict")
    public EligibilityResponse assessPrescriptionEligibility(
            @BeanParam @Valid PatientPath patient,
            @QueryParam("on") @Parameter(description = "Defaults to the clinic's today", example = "2026-11-25")
                    LocalDate on) {
        LocalDate day = on == null ? clock.today() : on;
        List<Violation> violations = writes.ask(new AssessEligibility(patient.id(), day));
        return new EligibilityResponse(patient.id(), day, violations.isEmpty(), violations, NOT_CHECKED);
    }
}
